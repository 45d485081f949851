def text = { new File(basedir, it).text }

// before the database exists: every revision drawn, none applied
def before = text('target/before/graph.mmd')
assert before.startsWith('%% migrate revision graph: 4 revisions, 1 head; the sqlite database does not exist yet: nothing applied\nflowchart TD\n') : before
assert !before.contains('(current)') && before.contains('200000000001<br/>create users<br/>(base, branch point, pending)')

// after upgrading the mail branch: users and emails applied, phones and the merge pending
def mermaid = text('target/migrate/graph.mmd')
assert mermaid.contains('"200000000001<br/>create users<br/>(base, branch point, applied)"') : mermaid
assert mermaid.contains('"200000000002<br/>add emails<br/>@mail<br/>(current)"') : mermaid
assert mermaid.contains('"200000000003<br/>add phones<br/>(pending)"') : mermaid
assert mermaid.contains('{{"200000000004<br/>join #quot;mail#quot; #amp; phones<br/>(merge, head, pending)"}}') : mermaid
assert mermaid.readLines().count { it ==~ /    r\d --> r\d/ } == 4 : mermaid
def log = text('logs/graph.log')
assert log.contains('Revision graph: 4 revision(s), 1 head(s); applied as the sqlite database says')
assert log.contains('Wrote ' + new File(basedir, 'target/migrate/graph.mmd').path)

// Graphviz draws the DOT the goal wrote, and the one it printed is the same picture
def dot = text('target/migrate/graph.dot')
assert text('logs/dot.log') == dot
def onPath = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'dot').canExecute() }
if (onPath) {
    def p = ['dot', '-Tsvg', new File(basedir, 'target/migrate/graph.dot').path].execute()
    def svg = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(svg, err)
    assert p.exitValue() == 0 && err.length() == 0 : err
    ['200000000001', '200000000002', '200000000003', '200000000004'].each { assert svg.contains("<title>${it}</title>") }
} else {
    assert System.getenv('CI') != 'true' : "Graphviz's dot is needed under CI=true (apt-get install graphviz; .ci/run does)"
    println "SKIPPED: Graphviz's dot is not on the PATH; graph.dot was not rendered"
}

// status prints the Mermaid block, ready for a README
def block = text('logs/status-mermaid.log')
assert block.startsWith('```mermaid\n%% migrate revision graph: 4 revisions, 1 head;') && block.endsWith('```\n') : block
assert block.contains('(current)')

def bad = text('logs/bad-format.log')
assert bad.contains("'png' is not a picture format") && bad.contains("Use 'mermaid' or 'dot'")
assert !bad.contains('at dev.migrate')
