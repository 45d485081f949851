import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

assert Db.versions(db) == ['100000000001']
assert log.contains('Current revision(s): 100000000001')
assert log.contains('Head(s): 100000000002')
// a table: revision, state, applied at, by, took, message with current and head marked
def table = log.substring(log.indexOf('Revisions (newest first):')).readLines()
assert table[1] =~ /^\[INFO\]   revision +state +applied at +by +took +message$/
assert table[2] =~ /^\[INFO\]   100000000002  pending  +add soft delete \(head\)$/
assert table[3] =~ /^\[INFO\]   100000000001  applied  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d  \S+ +\d+ ms  create todos \(current\)$/
assert table[2].indexOf('add soft delete') == table[3].indexOf('create todos') : 'aligned columns'
assert log.contains('1 applied, 1 pending, 0 edited')
assert log.contains('Current revision: 100000000001, create todos')

// -Dmigrate.format=json: the same as one object
def json = new groovy.json.JsonSlurper().parseText(new File(basedir, 'json.log').text.trim())
assert json.current == ['100000000001'] && json.heads == ['100000000002']
assert json.revisions*.revision == ['100000000002', '100000000001']
assert json.revisions*.state == ['pending', 'applied']
assert json.revisions[1].appliedAt =~ /^\d{4}-/ && json.revisions[1].durationMs >= 0 && json.revisions[0].appliedAt == null
assert json.revisions[0].head && json.revisions[1].current
assert json.counts == [applied: 1, pending: 1, edited: 0, interrupted: 0]
assert json.database.startsWith('jdbc:sqlite:')
