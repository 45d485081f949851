import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('migrate-maven-plugin:' ) && log.contains(':test (migrations)')
assert log.contains('PASS 100000000001 (create todos)')
assert log.contains('PASS 100000000002 (add soft delete)')
assert log.contains('Migrations: 2 tested, 2 passed, 0 failed')
assert !db.exists() : 'migrate:test never touches the configured database'
// the scratch database is removed; what stays is what the next run reads: the scripts' index and sqlite-jdbc's
// native library
def left = new File(basedir, 'target/migrate').list().toList().sort() - ['native']
assert left == ['script-index.tsv'] : "the scratch database is removed, but target/migrate holds ${left}"
