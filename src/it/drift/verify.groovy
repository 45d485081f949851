import dev.migrate.maven.it.ItDatabase as Db

def text = { new File(basedir, it).text }
def drifted = new File(basedir, 'todo.db')
def fresh = new File(basedir, 'fresh.db')

assert text('logs/status-clean.log').contains('No drift: the database jdbc:sqlite:')

def status = text('logs/status.log')
assert status.contains('[WARNING] Drift: the database jdbc:sqlite:') : status
assert status.contains('differs from the schema the applied migrations build (at 300000000002)') : status
assert status.contains('nickname') && status.contains('users_email') : status
assert status.contains('mvn migrate:revision -Dmigrate.fromDrift -Dmigrate.message="..."') : status
assert !status.contains('hand_changes') : 'the ignored tables are no drift'

def json = text('logs/status.json')
assert json.startsWith('{"database":') && json.contains('"drift":["') && json.contains('nickname') : json

def check = text('logs/check.log')
assert check.contains('Drift: the database jdbc:sqlite:') && check.contains('nickname') : check
assert check.contains('BUILD FAILURE') && !check.contains('at dev.migrate')

def revision = text('logs/revision.log')
def script = new File(basedir, 'src/main/resources/db/migrations').listFiles().find { it.name.contains('300000000003') }
assert script != null : revision
assert revision.contains('Created ' + script.path)
assert revision.contains('mvn migrate:stamp -Dmigrate.target=300000000003 records it as applied here') : revision
def sql = script.text
assert sql.contains('-- revises: 300000000002') && sql.contains('nickname') && sql.contains('users_email') : sql

def after = text('logs/check-after.log')
assert after.contains('No drift:') && after.contains('BUILD SUCCESS') : after

// judged by the databases: the fresh one, upgraded through the captured revision, has the drifted one's schema
def catalog = { db ->
    Db.column(db, "SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p.\"notnull\" FROM sqlite_master m, " +
            "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'migrate_version%' " +
            "AND m.name NOT LIKE 'hand_changes%' UNION ALL SELECT 'index ' || name FROM sqlite_master " +
            "WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
}
assert catalog(drifted).contains('users.nickname VARCHAR(40) 0') && !catalog(drifted).contains('index users_email')
assert catalog(fresh) == catalog(drifted)
assert Db.versions(fresh) == ['300000000003'] && Db.versions(drifted) == ['300000000003']
