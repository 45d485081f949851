import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Downgrading to base undoes every migration of jdbc:sqlite:')
assert log.contains('Maven runs in batch mode, so it cannot ask: confirm with -Dmigrate.confirm=yes')
assert !log.contains('at dev.migrate') : 'no stack trace without -e'
assert Db.objects(db) == ['table todos', 'index ix_todos_live']
assert Db.versions(db) == ['100000000002']
