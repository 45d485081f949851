import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Reset done: 4 step(s); the database is at 100000000002')
assert Db.history(db) == ['upgrade 100000000001', 'upgrade 100000000002', 'downgrade 100000000002',
                          'downgrade 100000000001', 'upgrade 100000000001', 'upgrade 100000000002']
assert Db.objects(db) == ['table todos', 'index ix_todos_live']
assert Db.versions(db) == ['100000000002']
