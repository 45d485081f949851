import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Downgrade 100000000002 -> 100000000001: add soft delete')
assert log =~ /Downgraded 1 migration\(s\) in \d+ ms; the database is at 100000000001/
assert Db.objects(db) == ['table todos']
assert Db.columns(db, 'todos') == ['id', 'title', 'completed']
assert Db.versions(db) == ['100000000001']
assert Db.history(db) == ['upgrade 100000000001', 'upgrade 100000000002', 'downgrade 100000000002']
