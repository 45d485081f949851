// The fat jar started with java -jar on each database: the starter migrates before the application serves, reading
// scripts and Java migrations from the application's classes (BOOT-INF/classes) and from a library jar nested in
// BOOT-INF/lib, and the database itself holds what they built.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.sql.Connection
import java.sql.Driver
import java.time.Duration
import java.util.concurrent.TimeUnit

def jar = new File(basedir, 'app/target/app.jar')
assert jar.isFile()
def entries = new java.util.jar.JarFile(jar).withCloseable { j -> j.entries().collect { it.name } }
assert entries.contains('BOOT-INF/lib/schema-1.jar')
assert entries.contains('BOOT-INF/classes/db/app/r4_priority.sql')

Connection connect(String url, String user) {
    def props = new Properties()
    if (user != null) {
        props.user = user
    }
    for (Driver d : ServiceLoader.load(Driver, getClass().classLoader)) {
        if (d.acceptsURL(url)) {
            return d.connect(url, props)
        }
    }
    throw new IllegalStateException("No driver for ${url}")
}

List<String> rows(String url, String user, String sql) {
    connect(url, user).withCloseable { c ->
        c.createStatement().withCloseable { s ->
            def rs = s.executeQuery(sql)
            def out = []
            while (rs.next()) {
                out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
            }
            out
        }
    }
}

def databases = [
        [kind: 'sqlite', url: "jdbc:sqlite:${new File(basedir, 'target/fat-jar.db').absolutePath}", user: null,
         admin: null],
        [kind: 'postgresql', url: 'jdbc:postgresql://127.0.0.1:5432/it_fat_jar', user: 'postgres',
         admin: 'jdbc:postgresql://127.0.0.1:5432/postgres'],
        [kind: 'mariadb', url: 'jdbc:mariadb://127.0.0.1:3306/it_fat_jar', user: 'root',
         admin: 'jdbc:mariadb://127.0.0.1:3306/test'],
]
def java = new File(System.getProperty('java.home'), 'bin/java').path
def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
def ci = System.getenv('CI') == 'true'

for (db in databases) {
    if (db.admin != null) {
        try {
            connect(db.admin, db.user).withCloseable { c ->
                c.createStatement().withCloseable { s ->
                    s.execute('DROP DATABASE IF EXISTS it_fat_jar' + (db.kind == 'postgresql' ? ' WITH (FORCE)' : ''))
                    s.execute('CREATE DATABASE it_fat_jar')
                }
            }
        } catch (java.sql.SQLException e) {
            assert !ci: "CI=true and the ${db.kind} server is not reachable: ${e.message}"
            println "WARNING: SKIPPED the fat jar on ${db.kind}: no server at ${db.admin} (${e.message})"
            continue
        }
    }
    def workDir = new File(basedir, "target/${db.kind}")
    workDir.mkdirs()
    def log = new File(workDir, 'app.log')
    int port = new ServerSocket(0).withCloseable { it.localPort }
    def command = [java, '-jar', jar.path, "--server.port=${port}", '--server.address=127.0.0.1',
                   "--spring.datasource.url=${db.url}"]
    if (db.user != null) {
        command << "--spring.datasource.username=${db.user}"
    }
    def app = new ProcessBuilder(command*.toString()).directory(workDir).redirectErrorStream(true)
            .redirectOutput(log).start()
    try {
        def get = { String path ->
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}${path}"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString())
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90)
        def health
        while (true) {
            assert app.isAlive(): "The application on ${db.kind} exited with ${app.exitValue()}:\n${log.text}"
            try {
                health = get('/actuator/health')
                break
            } catch (IOException notListeningYet) {
            }
            assert System.nanoTime() < deadline: "The application on ${db.kind} did not answer in 90 s:\n${log.text}"
            sleep 250
        }
        assert health.statusCode() == 200: health.body()
        assert health.body().contains('"migrate":{"status":"UP"'): health.body()
        def report = get('/actuator/migrate').body()
        assert report.contains('"current":["r4"]'): report
        assert report.contains('"pending":[]'): report
        ['r1', 'r2', 'r3', 'r4'].each { assert report.contains("{\"revision\":\"${it}\",\"action\":\"upgrade\""): report }
        // the URL as the driver reports it (MariaDB's adds the user)
        assert log.text =~ /Database jdbc:${db.kind}:\S+ upgraded from base to r4 \(4 migration\(s\)\)/: log.text
    } finally {
        app.destroy()
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly()
            app.waitFor(10, TimeUnit.SECONDS)
        }
    }
    // the database's own word: both Java migrations' rows and the last script's column
    assert rows(db.url, db.user, 'SELECT id, title, priority FROM todo ORDER BY id') ==
            ['1|from a bean|null', '2|from the nested jar|null']
    println "The fat jar migrated ${db.kind}: r1..r4 from BOOT-INF/lib/schema-1.jar and BOOT-INF/classes"
}
true
