import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = Db.target(basedir, database)
def sqlite = database == 'sqlite'
def dir = new File(basedir, 'src/main/resources/db/migrations')
def script = { String rev -> dir.listFiles().find { it.name.contains("_${rev}_") }.text }
def statements = { String section -> section.readLines().findAll { it.trim() && !it.startsWith('--') } }

// v1: Hibernate's DDL for the entities, with Spring Boot's snake_case names
def v1 = script('v1')
assert v1.contains('CREATE TABLE todos (')
assert v1.contains('    created_at ')
assert v1 =~ /    title (VARCHAR|CHARACTER VARYING)\(200\) NOT NULL/
assert v1.contains('CREATE INDEX ix_todos_title ON todos (title);')
def timestamp = [sqlite: 'TIMESTAMP', postgresql: 'TIMESTAMP(6) WITH TIME ZONE', mariadb: 'DATETIME(6)'][database]

// v2: adding deletedAt to Todo gives exactly one ADD COLUMN, and its downgrade drops it; check passes afterwards
def (up2, down2) = script('v2').split('-- migrate:downgrade')
def addColumn = database == 'mariadb' ? "ALTER TABLE todos ADD COLUMN deleted_at ${timestamp} NULL AFTER created_at;"
        : "ALTER TABLE todos ADD COLUMN deleted_at ${timestamp};" // MariaDB keeps the model's column order
// on PostgreSQL a script that locks an existing table first bounds its wait for the lock
def lockTimeout = database == 'postgresql' ? ["SET LOCAL lock_timeout = '5s';"] : []
assert statements(up2.split('-- migrate:upgrade')[1]) == lockTimeout + [addColumn.toString()]
assert statements(down2) == lockTimeout + ['ALTER TABLE todos DROP COLUMN deleted_at;']
assert log.contains('The model matches: the JPA entities in target/classes and the migrations at head build the same schema.')

// the entities changed and no revision yet: check fails and names the differences
assert log.contains('The model differs from the migrations at head. To reach the JPA entities in target/classes they would need:')
assert log.contains('Write the revision: mvn compile migrate:revision -Dmigrate.message="..."') : 'entities are read from compiled classes'
assert log =~ /    add column slug (VARCHAR|CHARACTER VARYING)\(40\)/

// v3: rename by the configured hint, rebuild for the rest, warnings
def up3 = script('v3').split('-- migrate:downgrade')[0]
assert up3.contains('ALTER TABLE todos RENAME COLUMN description TO details;')
assert !up3.contains('DROP COLUMN description')
assert up3.contains('CREATE TABLE project (')
assert up3.contains('DROP TABLE tag;')
if (database == 'postgresql') {
    // what would block writers to the existing table comes in a second, non-transactional revision
    assert !up3.contains('CREATE INDEX ix_todos_deleted_at')
    def online = script('v3-online')
    assert online.contains('-- revises: v3') && online.contains('-- transactional: false')
    assert online.contains('CREATE INDEX CONCURRENTLY ix_todos_deleted_at ON todos (deleted_at);')
    assert online.contains('ALTER TABLE todos ADD CONSTRAINT todos_created_at_not_null_check CHECK (created_at IS NOT NULL) NOT VALID;')
    assert online.contains('ALTER TABLE todos ALTER COLUMN created_at SET NOT NULL;')
    assert online.contains('CREATE UNIQUE INDEX CONCURRENTLY todos_slug_key ON todos (slug);')
    assert log.contains('v3-online_reshape_online_part.sql')
} else {
    assert up3.contains('CREATE INDEX ix_todos_deleted_at ON todos (deleted_at);')
}
if (sqlite) {
    assert up3.contains('CREATE TABLE migrate_new_todos (')
    assert up3.contains("CHECK ((status in ('OPEN','DONE')))")
} else {
    assert !up3.contains('migrate_new_todos')
}
assert log.contains('[WARNING] Review: todos: makes created_at NOT NULL: fails if a row holds NULL there')
assert log.contains('[WARNING] Review: drops table tag and every row in it')

// at the end: the schema of the entities, the seeded rows kept through the rename and the rebuild
assert Db.versions(db) == [database == 'postgresql' ? 'v3-online' : 'v3']
assert Db.objects(db) == ['table project', 'table todos', 'index ix_todos_deleted_at']
// SQLite rebuilt the table and MariaDB placed new columns in the model's order (Hibernate's column ordering
// strategy: fixed-size types first, by name); PostgreSQL appends them
assert Db.columns(db, 'todos') == (database == 'postgresql' ? ['completed', 'created_at', 'id', 'title', 'details', 'deleted_at', 'slug', 'status']
        : ['completed', 'created_at', 'deleted_at', 'id', 'slug', 'title', 'details', 'status'])
assert Db.column(db, 'SELECT id, title, details FROM todos ORDER BY id') == ['1|Buy milk|two litres', '2|Write report|null']
assert Db.column(db, 'SELECT count(*) FROM todos WHERE created_at IS NOT NULL') == ['2']
def notNull = [
        sqlite    : "SELECT \"notnull\" FROM pragma_table_info('todos') WHERE name = 'created_at'",
        postgresql: "SELECT CASE is_nullable WHEN 'NO' THEN '1' ELSE '0' END FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'todos' AND column_name = 'created_at'",
        mariadb   : "SELECT CASE is_nullable WHEN 'NO' THEN '1' ELSE '0' END FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'todos' AND column_name = 'created_at'"]
assert Db.column(db, notNull[database]) == ['1']
assert log.contains('PASS v3 (reshape)')
assert log.contains('Model check passed: the migrations at head build the schema of the JPA entities in target/classes')
