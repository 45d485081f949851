import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert !db.exists() : 'offline SQL must not create or touch the database'
assert log.contains('CREATE TABLE IF NOT EXISTS migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);')
assert log.contains('CREATE TABLE todos (')
assert log.contains("INSERT INTO migrate_version (version_num) VALUES ('100000000001');")
assert log.contains("UPDATE migrate_version SET version_num = '100000000002' WHERE version_num = '100000000001';")
assert log.contains('ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;')
assert log.count('BEGIN;') >= 2 && log.count('COMMIT;') >= 2

def range = new File(basedir, 'target/range.sql').text
assert !range.contains('CREATE TABLE IF NOT EXISTS') : 'a range from a revision starts with the version table in place'
assert !range.contains('CREATE TABLE todos')
assert range.contains('ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;')
assert range.contains("UPDATE migrate_version SET version_num = '100000000002' WHERE version_num = '100000000001';")

def down = new File(basedir, 'target/down.sql').text
assert down.indexOf('DROP INDEX ix_todos_live;') < down.indexOf('DROP TABLE todos;')
assert down.contains("UPDATE migrate_version SET version_num = '100000000001' WHERE version_num = '100000000002';")
assert down.contains("DELETE FROM migrate_version WHERE version_num = '100000000001';")

// from where the database is: the first line says so, and only the pending step is there
def pending = new File(basedir, 'target/pending.sql').text
assert pending.readLines()[0] == '-- migrate upgrade 100000000001:head, the 1 pending step(s) from the database\'s current revision (sqlite)' : pending
assert !pending.contains('CREATE TABLE todos') && !pending.contains('CREATE TABLE IF NOT EXISTS')
assert pending.contains('ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;')
assert Db.versions(new File(basedir, 'at-first.db')) == ['100000000001'] : 'the preview ran nothing'
