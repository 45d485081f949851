import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('No value for migrate.message, and Maven runs in batch mode so it cannot ask')
assert log.contains('-Dmigrate.message=')
def dir = new File(basedir, 'src/main/resources/db/migrations')
assert dir.list() == ['.gitkeep'] as String[]
