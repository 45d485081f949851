import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log =~ /\[WARNING\]   100000000002 +EDITED .* add soft delete \(current\) \(head\) - 20261124_1502_100000000002_add_soft_delete.sql changed after it was applied/
assert log.contains('2 applied, 0 pending, 1 edited')
assert log.contains('Applied script was edited after being applied: ')
assert log.contains('20261124_1502_100000000002_add_soft_delete.sql (revision 100000000002)')
assert log.contains('mvn migrate:stamp -Dmigrate.accept=100000000002')
assert log.contains('Accepted the edit of ')
assert log.contains('Nothing to upgrade: the database is at 100000000002')
assert Db.history(db) == ['upgrade 100000000001', 'upgrade 100000000002', 'accept 100000000002']
