import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/migrations')

assert log =~ /Squashed 2 revision\(s\), up to 100000000002, into the baseline b00000000001: .*b00000000001.*\.sql/
assert log.contains('deleted ')
def files = migrations.list().sort()
assert files.size() == 2 : files
def baseline = new File(migrations, files.find { it.contains('b00000000001') }).text
assert baseline.contains('-- replaces: 100000000001, 100000000002')
assert baseline =~ /(?s)-- migrate:upgrade.*CREATE TABLE.*todos.*deleted_at.*CREATE INDEX.*ix_todos_live.*-- migrate:downgrade.*DROP TABLE/
assert new File(migrations, files.find { it.contains('100000000003') }).text.contains('-- revises: b00000000001')

// the graph's picture names what the baseline replaces, and marks it current for the database at 100000000002
def picture = new File(basedir, 'target/migrate/graph.mmd').text
assert picture.readLines().any {
    it.contains('"b00000000001<br/>') && it.contains('<br/>replaces 100000000001..100000000002 (2)<br/>(base, current)"')
} : picture
assert picture =~ /100000000003<br\/>.*\(head, pending\)/ : picture

// the database at 100000000002 is at the baseline, and upgrades past it
assert log.contains('which a squash replaced: it is now recorded at b00000000001')
assert Db.versions(new File(basedir, 'todo.db')) == ['100000000003']
assert Db.objects(new File(basedir, 'todo.db')).containsAll(['table todos', 'table tags', 'index ix_todos_live'])
assert Db.columns(new File(basedir, 'todo.db'), 'todos') == ['id', 'title', 'completed', 'deleted_at']
assert log.contains('Migrations: 2 tested, 2 passed, 0 failed')

// the database at 100000000001 is told what to do and left as it was
assert log.contains('The database is at revision 100000000001, which the squash baseline b00000000001')
assert log =~ /mvn migrate:upgrade -Dmigrate\.target=100000000002/
assert Db.versions(new File(basedir, 'before.db')) == ['100000000001']
assert Db.objects(new File(basedir, 'before.db')).findAll { !it.contains('migrate_version') } == ['table todos']
