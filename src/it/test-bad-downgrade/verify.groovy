import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('PASS 100000000001 (create todos)')
assert log.contains('FAIL 100000000002 (add soft delete)')
assert log.contains('downgrade did not restore the schema from before the upgrade')
assert log.contains('drop table todos_old')
assert log.contains('migrate:test failed. Migrations: 2 tested, 1 passed, 1 failed')
assert !db.exists()
