import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert log.contains('200000000002 (head), add emails')
assert log.contains('200000000003 (head), add phones')
assert log.contains('2 heads: join them with mvn migrate:merge')
assert log.contains('200000000001 (branch point), create users')
assert log.contains('  -> 200000000002, add emails')
assert log.contains('200000000001 -> 200000000003 (head), add phones')
assert log.contains('<base> -> 200000000001, create users')
assert log.contains('CREATE TABLE emails (id INTEGER PRIMARY KEY);')
assert log.contains("Invalid target (-Dmigrate.target): The scripts have 2 heads: 200000000002 (add emails), 200000000003 (add phones)")
assert log.contains('Merge them with mvn migrate:merge')
def dir = new File(basedir, 'src/main/resources/db/migrations')
def merge = dir.listFiles().find { it.name.endsWith('_join.sql') }
assert merge != null
assert merge.text.contains('-- revises: 200000000002, 200000000003\n')
def mergeId = (merge.text =~ /-- revision: (\w+)/)[0][1]
assert log.contains("Upgrade 200000000002 -> 200000000002, 200000000003: add phones")
assert log.contains("Upgrade 200000000002, 200000000003 -> ${mergeId}: join")
// a purge forgets what the database is at: refused in batch mode until confirmed, and then done
assert log.contains("Purging the version table of jdbc:sqlite:") : 'the unconfirmed purge was refused'
assert log.contains("forgets that it is at ${mergeId} and records 200000000002 instead, without running any script.")
assert log.contains('Maven runs in batch mode, so it cannot ask: confirm with -Dmigrate.confirm=yes')
assert log.contains("Stamped the database at 200000000002 (was ${mergeId}); no script was run")
assert log.contains('  Branch labels: mail')
assert Db.versions(db) == ['200000000002']
assert Db.objects(db) == ['table emails', 'table phones', 'table users'] : 'stamp runs no script'
assert Db.history(db) == ['upgrade 200000000001', 'upgrade 200000000002', 'upgrade 200000000003', "upgrade ${mergeId}".toString(), 'stamp 200000000002']
// history -Dmigrate.verbose: what was applied to the database, from its history table
assert log =~ /  Applied: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\S* by \S+ in \d+ ms/
def applied = log.substring(log.lastIndexOf('Applied to the database (its history table, oldest first):'))
assert applied =~ /  \S+ \S+  upgrade 200000000001 by \S+ \(\d+ ms\)/
assert applied =~ /  \S+ \S+  stamp 200000000002 by \S+/
