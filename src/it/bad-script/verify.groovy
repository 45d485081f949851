import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains("Invalid migration script ")
assert log.contains("20261124_1501_broken.sql:2: unknown header field 'revisons'")
assert log.contains('Header fields are: revision, revises, branch-labels, depends-on, message, created, transactional')
assert !db.exists() : 'nothing runs when a script is unreadable'
