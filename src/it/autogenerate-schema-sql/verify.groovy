import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = Db.target(basedir, database)
def sqlite = database == 'sqlite'
def dir = new File(basedir, 'src/main/resources/db/migrations')
def script = { String rev -> dir.listFiles().find { it.name.contains("_${rev}_") }.text }

// v1: every table created, in the order of schema.sql
def v1 = script('v1')
assert v1.indexOf('CREATE TABLE projects') < v1.indexOf('CREATE TABLE todos')
assert v1.contains('FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE')
assert v1.contains('CONSTRAINT ck_title CHECK (')
assert v1.contains('CREATE INDEX ix_todos_title ON todos (title);')

// v2: renames by hint, never drop + add; warnings in the file and the log
def v2 = script('v2')
def (up, down) = v2.split('-- migrate:downgrade')
assert up.contains(sqlite || database == 'postgresql' ? 'ALTER TABLE notes RENAME TO comments;' : 'RENAME TABLE notes TO comments;')
assert !up.contains('DROP TABLE notes')
assert up.contains('ALTER TABLE projects RENAME COLUMN title TO name;')
assert up.contains('ALTER TABLE projects DROP COLUMN legacy_code;')
assert up.contains('CREATE TABLE users (')
assert up.contains('DROP TABLE tags;')
if (database == 'postgresql') {
    // the index, the unique key, the NOT NULL and the new keys on existing tables: built and validated online, in a
    // second revision outside a transaction, so that writers are never blocked for a scan
    assert !up.contains('CREATE INDEX ix_todos_due')
    def online = script('v2-online')
    assert online.contains('-- revises: v2') && online.contains('-- transactional: false')
    assert online.contains('CREATE INDEX CONCURRENTLY ix_todos_due ON todos (due_date);')
    assert online.contains('CREATE UNIQUE INDEX CONCURRENTLY uq_todos_project_title ON todos (project_id, title);')
    assert online.contains('ALTER TABLE todos ADD CONSTRAINT uq_todos_project_title UNIQUE USING INDEX uq_todos_project_title;')
    assert online.contains('ALTER TABLE todos ADD CONSTRAINT fk_todos_assignee FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;')
    assert online.contains('ALTER TABLE todos VALIDATE CONSTRAINT fk_todos_assignee;')
} else {
    assert up.contains('CREATE INDEX ix_todos_due ON todos (due_date);')
}
assert up.contains('-- WARNING: todos: drops column obsolete_flag and its data')
assert up.contains('-- WARNING: drops table tags and every row in it')
assert up =~ /-- WARNING: todos: changes the type of priority from TEXT to INT(EGER|\(11\))/
assert down.contains('ALTER TABLE projects RENAME COLUMN name TO title;')
assert down.contains('CREATE TABLE tags (')
assert log.contains('[WARNING] Review: todos: adds UNIQUE (project_id, title): fails if rows hold duplicates')
assert log.contains('[WARNING] Review: projects: drops column legacy_code and its data')
if (sqlite) {
    // what SQLite cannot ALTER is rebuilt, rows copied, NULLs filled for the new NOT NULL
    assert up.contains('CREATE TABLE migrate_new_todos (')
    assert up.contains('SELECT id, project_id, title, priority, COALESCE(description, \'\') FROM todos;')
    assert up.contains("pragma_foreign_key_check('todos')")
    assert down.contains('ALTER TABLE comments RENAME TO notes;')
} else {
    assert !up.contains('migrate_new_todos')
}

// v3: drops the unique constraint and a foreign key
def v3 = script('v3').split('-- migrate:downgrade')[0]
assert v3.contains('--   drop foreign key (assignee_id) REFERENCES users (id) ON DELETE SET NULL')
assert v3.contains('--   drop unique (project_id, title)')

// no difference: no file, and the log says so
assert log.contains('No changes: the migrations at head already build the schema of schema/v3.sql; no revision written.')
assert dir.listFiles().findAll { it.name.endsWith('.sql') }.size() == (database == 'postgresql' ? 5 : 4)
assert log.contains('The model matches: schema/v3.sql and the migrations at head build the same schema.')
assert log.contains('The model differs from the migrations at head. To reach schema/v2.sql they would need:')
assert log.contains('    add unique (project_id, title)')
assert log.contains('PASS v2 (grow_schema)')
assert log.contains('Model check passed: the migrations at head build the schema of schema/v3.sql')

// the database after v3, a downgrade to the seed and an upgrade again: schema as in v3.sql, rows kept
assert Db.versions(db) == ['v3']
assert Db.objects(db) == ['table comments', 'table projects', 'table todos', 'table users', 'index ix_todos_due']
assert Db.columns(db, 'todos') == ['id', 'project_id', 'title', 'priority', 'description', 'due_date', 'assignee_id']
assert Db.column(db, 'SELECT id, name FROM projects ORDER BY id') == ['1|Home', '2|Work']
assert Db.column(db, 'SELECT id, project_id, title, priority, description FROM todos ORDER BY id') ==
        ['1|1|Buy milk|3|', '2|2|Write report|1|draft']
assert Db.column(db, 'SELECT body FROM comments') == ['remember the milk']
def foreignKeys = [
        sqlite    : "SELECT \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('todos')",
        postgresql: "SELECT c.confrelid::regclass::text || ' ' || c.confdeltype::text FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = 'todos'::regclass",
        mariadb   : "SELECT CONCAT(referenced_table_name, ' ', delete_rule) FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND table_name = 'todos'"]
assert Db.column(db, foreignKeys[database]) == [sqlite ? 'projects.id CASCADE' : database == 'postgresql' ? 'projects c' : 'projects CASCADE']
if (sqlite) {
    assert Db.column(db, 'SELECT typeof(priority) FROM todos') == ['integer', 'integer']
    for (String problem : Db.column(db, 'PRAGMA foreign_key_check')) {
        assert false : problem
    }
}
