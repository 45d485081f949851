import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = Db.target(basedir, database)
def dir = new File(basedir, 'src/main/resources/db/migrations')
def files = dir.listFiles().collect { it.name }.sort()
assert files.size() == 2
def first = (files[0] =~ /_([0-9a-f]{12})_create_todos\.sql/)[0][1]
def second = (files[1] =~ /_([0-9a-f]{12})_add_soft_delete\.sql/)[0][1]

// init
assert log.contains('Created ' + dir.path)
// preview: the whole upgrade as SQL, and the database untouched by it
def preview = new File(basedir, 'target/preview.sql').text
assert preview.contains('CREATE TABLE todos (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL);')
assert preview.contains('ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;')
assert preview.contains("UPDATE migrate_version SET version_num = '${second}' WHERE version_num = '${first}';")
// upgrade, downgrade
assert log =~ /Upgraded 2 migration\(s\) in [\d.]+ m?s; the database is at ${second}/
assert log =~ /Downgraded 1 migration\(s\) in [\d.]+ m?s; the database is at ${first}/
// status after the downgrade
assert log =~ /${second} +pending +add_soft_delete \(head\)/
// applied at, by whom, how long it took
assert log =~ /${first} +applied +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\S+ +\d+ ms +create_todos \(current\)/
// test
assert log.contains('Migrations: 2 tested, 2 passed, 0 failed')
// reset, and the final state of the database
assert log.contains("Reset done: 4 step(s); the database is at ${second}")
assert Db.columns(db, 'todos') == ['id', 'title', 'deleted_at']
assert Db.versions(db) == [second]
assert Db.history(db) == ["upgrade ${first}", "upgrade ${second}", "downgrade ${second}", "upgrade ${second}",
                          "downgrade ${second}", "downgrade ${first}", "upgrade ${first}", "upgrade ${second}"]*.toString()
// where statements commit as they go (MariaDB's DDL), each step was announced before it ran
def announced = Db.column(db, "SELECT count(*) FROM migrate_version_history WHERE action LIKE 'running:%'")
assert announced == [database == 'mariadb' ? '8' : '0']
