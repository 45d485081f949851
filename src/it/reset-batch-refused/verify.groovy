import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Reset undoes every migration of jdbc:sqlite:')
assert log.contains('confirm with -Dmigrate.confirm=yes')
assert Db.history(db) == ['upgrade 100000000001', 'upgrade 100000000002']
