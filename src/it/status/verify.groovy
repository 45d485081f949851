import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert Db.versions(db) == ['100000000001']
assert log.contains('Current revision(s): 100000000001')
assert log.contains('Head(s): 100000000002')
assert log.contains('[pending] 100000000002 add soft delete (head)')
assert log.contains('[applied] 100000000001 create todos (current)')
assert log.contains('1 applied, 1 pending, 0 edited')
assert log.contains('Current revision: 100000000001, create todos')
