// The documentation site (mvn site) and migrate:help document every goal and parameter the plugin's descriptor holds.
def log = new File(basedir, 'build.log').text
def site = new File(pluginSite)
def descriptor = new groovy.xml.XmlSlurper().parse(new File(pluginDescriptor))

def page = { String name ->
    def file = new File(site, name)
    assert file.isFile() : "the site has ${name}"
    file.text
}
// the local pages a page links to, without the skin's './'
def links = { String name -> (page(name) =~ /href="(?:\.\/)?([\w.-]+\.html)"/).collect { it[1] } as Set }
assert links('index.html').containsAll(['usage.html', 'plugin-info.html'])
def goalPages = links('plugin-info.html')

def goals = descriptor.mojos.mojo.collect { it.goal.text() }
assert goals.size() >= 18 && goals.containsAll(['init', 'revision', 'upgrade', 'downgrade', 'status', 'test', 'help'])
for (mojo in descriptor.mojos.mojo) {
    def goal = mojo.goal.text()
    assert mojo.description.text().trim() : "${goal} has a description"
    assert goalPages.contains("${goal}-mojo.html".toString()) : "plugin-info.html links ${goal}"
    def goalPage = page("${goal}-mojo.html")
    assert goalPage.contains("migrate:${goal}")
    assert log.contains("migrate:${goal}") : "help shows ${goal}"
    def properties = mojo.configuration.children().collectEntries { [(it.name()): it.text()] }
    for (parameter in mojo.parameters.parameter.findAll { it.editable.text() == 'true' }) {
        def name = parameter.name.text()
        assert parameter.description.text().trim() : "${goal}'s ${name} has a description"
        assert goalPage.contains("&lt;${name}&gt;") : "${goal}-mojo.html documents ${name}"
        def property = (properties[name] =~ /^\$\{(.+)\}$/)
        if (property) {
            // besides migrate.*, only the generated help goal's own and Maven's usual skipTests and maven.test.skip
            assert property[0][1].startsWith('migrate.') || goal == 'help' || property[0][1] in ['skipTests', 'maven.test.skip'] :
                    "${goal}'s ${name} has a migrate.* property"
            assert goalPage.contains(property[0][1]) : "${goal}-mojo.html names ${property[0][1]}"
        }
        assert log.contains(name) : "help shows ${goal}'s ${name}"
    }
}

// every link between the hand-written pages and the goal pages leads somewhere
for (name in ['index.html', 'usage.html']) {
    links(name).each { assert new File(site, it).isFile() : "${name} links ${it}, which the site has" }
}
