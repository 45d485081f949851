// The archetype IT, after the generated project's own `mvn verify` passed (its tests on SQLite, migrate:check,
// migrate:test, the executable jar):
//  1. the generated project is the promised one: this build's migrate version, the two migrations, the README,
//     the Makefile's db-* targets, the .gitignore;
//  2. the packaged application starts as a user would run it, serves the API over HTTP on a SQLite file of its
//     own that it migrates at start-up (create, list, delete -> hidden, restore -> visible again), and is stopped;
//  3. adding a field to Todo and running `mvn compile migrate:revision` writes the expected migration, which
//     migrate:check and migrate:test then accept.
// This file is filtered by the archetype's build: the at-sign names below are replaced by their values.

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.TimeUnit

def projectDir = context.projectDir   // the generated project; maven-script-interpreter passes it in 'context'
def migrateVersion = '@project.version@'
def itRepository = new File('@it.localRepository@')
def itSettings = new File('@project.build.directory@/archetype-it/interpolated-it-settings.xml')

// ----- 1. what was generated -----

def pom = new File(projectDir, 'pom.xml').text
assert pom.contains("<migrate.version>${migrateVersion}</migrate.version>")
assert pom.contains('<groupId>org.acme</groupId>') && pom.contains('<artifactId>todo-it</artifactId>')
def todo = new File(projectDir, 'src/main/java/org/acme/todos/todo/Todo.java')
assert todo.text.startsWith('package org.acme.todos.todo;')

def migrationsDir = new File(projectDir, 'src/main/resources/db/migrations')
// no migration glue: the starter migrates; the application's code is the entity, the API and its errors
def sources = []
new File(projectDir, 'src/main/java').eachFileRecurse(groovy.io.FileType.FILES) { sources << it }
assert sources.findAll { it.text.contains('dev.migrate') }.isEmpty()
assert !new File(projectDir, 'src/main/java/org/acme/todos/migration').exists()
assert pom.contains('<artifactId>migrate-spring-boot-starter</artifactId>')
def migrations = migrationsDir.listFiles().findAll { it.name.endsWith('.sql') }.sort { it.name }
assert migrations.collect { it.name.replaceAll(/^\d{8}_\d{6}_[0-9a-f]{12}_/, '') } ==
        ['create_todos.sql', 'add_deleted_at_to_todos.sql']
assert migrations[0].text.contains('CREATE TABLE todos (')
assert migrations[1].text.contains('CREATE INDEX ix_todos_deleted_at ON todos (deleted_at);')

def makefile = new File(projectDir, 'Makefile').text
['db-init': 'migrate:init', 'db-migrate': 'migrate:revision', 'db-show': 'migrate:upgrade -Dmigrate.sql',
 'db-upgrade': 'migrate:upgrade', 'db-downgrade': 'migrate:downgrade', 'db-status': 'migrate:status',
 'db-history': 'migrate:history -Dmigrate.verbose', 'db-test': 'migrate:test', 'db-reset': 'migrate:reset',
 'db-current': 'migrate:current'].each { target, goal ->
    def recipe = (makefile =~ /(?ms)^${target}:\n(.*?)(?:\n\n|\z)/)
    assert recipe.find(): "Makefile has no target ${target}"
    assert recipe.group(1).contains(goal): "make ${target} does not run ${goal}"
}
assert new File(projectDir, '.gitignore').text.contains('*.db')
assert new File(projectDir, 'README.md').text.contains('mvn compile migrate:revision -Dmigrate.message=')

def buildLog = new File(projectDir, 'build.log').text
assert buildLog =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0\n/
assert buildLog.contains('The model matches: the JPA entities in target/classes and the migrations at head build '
        + 'the same schema.')
assert buildLog.contains('Migrations: 2 tested, 2 passed, 0 failed')

// ----- 2. the application over HTTP -----

def jar = new File(projectDir, 'target/todo-it-1.0.0-SNAPSHOT.jar')
assert jar.isFile()
def workDir = new File(projectDir, 'target/http-it')   // the app's working directory, so its todo.db lands here
workDir.deleteDir()
workDir.mkdirs()
def appLog = new File(workDir, 'app.log')
int port = new ServerSocket(0).withCloseable { it.localPort }
def java = new File(System.getProperty('java.home'), 'bin/java').path
def app = new ProcessBuilder(java, '-jar', jar.path, "--server.port=${port}".toString())
        .directory(workDir).redirectErrorStream(true).redirectOutput(appLog).start()
try {
    def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
    def call = { String method, String path, String json = null ->
        def request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}${path}"))
                .timeout(Duration.ofSeconds(20))
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody())
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json)).header('Content-Type', 'application/json')
        }
        http.send(request.build(), HttpResponse.BodyHandlers.ofString())
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90)
    while (true) {
        assert app.isAlive(): "The application exited with ${app.exitValue()}:\n${appLog.text}"
        try {
            if (call('GET', '/todos').statusCode() == 200) {
                break
            }
        } catch (IOException notListeningYet) {
        }
        assert System.nanoTime() < deadline: "The application did not answer within 90 s:\n${appLog.text}"
        sleep 250
    }

    def created = call('POST', '/todos', '{"title": "Buy milk", "description": "two litres"}')
    assert created.statusCode() == 201: created.body()
    def id = (created.body() =~ /"id":(\d+)/)[0][1]
    assert created.headers().firstValue('Location').get() == "/todos/${id}".toString()
    assert call('POST', '/todos', '{"title": "Call mum"}').statusCode() == 201

    def listed = call('GET', '/todos')
    assert listed.statusCode() == 200
    assert listed.body().contains('"title":"Buy milk"') && listed.body().contains('"totalItems":2')

    assert call('DELETE', "/todos/${id}").statusCode() == 204
    assert call('GET', "/todos/${id}").statusCode() == 404
    def afterDelete = call('GET', '/todos').body()
    assert !afterDelete.contains('"title":"Buy milk"') && afterDelete.contains('"totalItems":1'): afterDelete

    assert call('POST', "/todos/${id}/restore").statusCode() == 200
    assert call('GET', "/todos/${id}").statusCode() == 200
    def afterRestore = call('GET', '/todos').body()
    assert afterRestore.contains('"title":"Buy milk"') && afterRestore.contains('"totalItems":2'): afterRestore

    def bad = call('POST', '/todos', '{"description": "no title"}')
    assert bad.statusCode() == 400 && bad.body() == '{"error":"title is required"}': bad.body()

    // the starter's endpoint and health contribution
    def head = migrations[1].name.split('_')[2]
    def report = call('GET', '/actuator/migrate')
    assert report.statusCode() == 200: report.body()
    assert report.body().contains('"current":["' + head + '"]') && report.body().contains('"pending":[]'): report.body()
    def health = call('GET', '/actuator/health')
    assert health.body().contains('"migrate":{"status":"UP"'): health.body()
} finally {
    app.destroy()
    if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly()
        app.waitFor(10, TimeUnit.SECONDS)
    }
}
// it migrated its own database at start-up, from the scripts inside the jar
assert new File(workDir, 'todo.db').isFile()
assert appLog.text =~ /Database jdbc:sqlite:\S*todo\.db upgraded from base to [0-9a-f]{12} \(2 migration\(s\)\)/

// ----- 2b. --migrate-and-exit: an init container's run migrates and exits before serving -----

def jobDir = new File(projectDir, 'target/migrate-and-exit')
jobDir.deleteDir()
jobDir.mkdirs()
def jobLog = new File(jobDir, 'app.log')
def job = new ProcessBuilder(java, '-jar', jar.path, '--migrate-and-exit', "--server.port=${port}".toString())
        .directory(jobDir).redirectErrorStream(true).redirectOutput(jobLog).start()
assert job.waitFor(90, TimeUnit.SECONDS): "--migrate-and-exit did not exit within 90 s:\n${jobLog.text}"
assert job.exitValue() == 0: jobLog.text
assert jobLog.text.contains('Migrated; exiting before the application starts, as --migrate-and-exit asks')
assert !jobLog.text.contains('Tomcat started'): jobLog.text
assert new File(jobDir, 'todo.db').isFile()

// ----- 3. a new field, a new migration -----

def mvn = { List<String> args ->
    def mavenHome = System.getProperty('maven.home')   // set by the mvn launcher that runs this build
    def command = [mavenHome ? new File(mavenHome, 'bin/mvn').path : 'mvn', '-B', '-o',
                   "-Dmaven.repo.local=${itRepository}".toString(), '-s', itSettings.path] + args
    def output = new File(projectDir, 'target/add-field.log')
    def process = new ProcessBuilder(command).directory(projectDir).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output)).start()
    boolean finished = process.waitFor(5, TimeUnit.MINUTES)
    if (!finished) {
        process.destroyForcibly()
    }
    assert finished && process.exitValue() == 0: "${command} failed:\n${output.text}"
}
todo.text = todo.text.replace('    private Instant deletedAt;\n',
        '    private Instant deletedAt;\n\n    private java.time.LocalDate dueDate;\n')
assert todo.text.contains('dueDate')
mvn(['compile', 'migrate:revision', '-Dmigrate.message=add due date'])

def added = migrationsDir.listFiles().findAll { it.name.endsWith('_add_due_date.sql') }
assert added.size() == 1
def (upgrade, downgrade) = added[0].text.split('-- migrate:downgrade')
def statements = { String section -> section.readLines().findAll { it.trim() && !it.startsWith('--') } }
assert upgrade.contains("-- revises: ${migrations[1].name.split('_')[2]}")
assert statements(upgrade) == ['ALTER TABLE todos ADD COLUMN due_date DATE;']
assert statements(downgrade) == ['ALTER TABLE todos DROP COLUMN due_date;']
mvn(['migrate:check', 'migrate:test'])

return true
