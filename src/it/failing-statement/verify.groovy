import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Upgrade of revision 100000000002 (add notes) failed at ')
assert log.contains('20261124_1502_100000000002_add_notes.sql:9: ')
assert log.contains('no such table: no_such_table')
assert log.contains('Rolled back: the database is as it was, at 100000000001.')
assert !log.contains('at dev.migrate') : 'no stack trace without -e'
assert Db.objects(db) == ['table todos'] : 'nothing of the failed migration remains'
assert Db.versions(db) == ['100000000001']
assert Db.history(db) == ['upgrade 100000000001']
