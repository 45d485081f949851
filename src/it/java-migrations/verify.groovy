import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

// 1: the Java revision ran between the scripts, with the project's classes and its dependency
assert log.contains('display names: ADA, GRACE')
// 2: offline SQL names the step it cannot show
def sql = new File(basedir, 'target/upgrade.sql').text
assert sql.contains('-- NOT PREVIEWABLE: this step is the Java migration db.migrations.R2DisplayNames (version 1)')
assert sql.contains("'r2', 'upgrade', 'java:1'")
// 3: show names the class
assert log.contains('Java migration: db.migrations.R2DisplayNames, version 1')
// 4: the skeleton, in the package the migrations directory is on the classpath
def written = new File(basedir, 'src/main/java/db/migrations').listFiles().collect { it.name }.findAll { it.contains('_r3_') }
assert written.size() == 1 && written[0] ==~ /R\d{8}_\d{6}_r3_fill_nicknames\.java/
def skeleton = new File(basedir, 'src/main/java/db/migrations/' + written[0]).text
assert skeleton.contains('revision = "r3",\n        revises = "r2",\n        message = "fill_nicknames"')
// 5: migrate:test ran all three, the Java ones up, down and up
assert log =~ /PASS r2 \(display names\)/
assert log =~ /PASS r3 \(fill_nicknames\)/
// 6: the downgrade undid the Java revision on the database: r3 was never applied, so -1 went from r2 to r1
assert Db.versions(db) == ['r1']
assert Db.column(db, 'SELECT display_name FROM person ORDER BY id') == ['null', 'null']
assert Db.history(db) == ['upgrade r1', 'upgrade r2', 'downgrade r2']
