import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('Skipping migrate:upgrade because migrate.skip is true')
assert !db.exists()
