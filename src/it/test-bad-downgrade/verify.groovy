import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('PASS 100000000001 (create todos)')
// the failure as one block at ERROR: the revision, then each problem under it, every line with its prefix
assert log =~ /\[ERROR\] FAIL 100000000002 \(add soft delete\) \(\d+ ms\)\n\[ERROR\]        downgrade did not restore the schema from before the upgrade/
assert log.contains('[ERROR]          drop table todos_old')
// what was rolled back is the scratch database, not the user's
assert log.contains('Rolled back: the scratch database is as it was, at 100000000001.')
assert !log.contains('Rolled back: the database')
assert log.contains('migrate:test failed. Migrations: 2 tested, 1 passed, 1 failed')
assert !db.exists()
