import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert Db.objects(db) == []
assert Db.versions(db) == []
assert Db.history(db)[-2..-1] == ['downgrade 100000000002', 'downgrade 100000000001']
