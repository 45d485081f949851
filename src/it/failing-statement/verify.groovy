import dev.migrate.maven.it.ItDatabase as Db

// A statement fails in the middle of a migration. SQLite and PostgreSQL roll the whole migration back, its DDL
// included; MariaDB commits DDL as it goes, so migrate has each statement commit on its own, records how many ran,
// and status and upgrade say exactly which lines ran and how to get going again.
def log = new File(basedir, 'build.log').text
def db = Db.target(basedir, database)
def script = '20261124_1502_100000000002_add_notes.sql'

assert log.contains('Upgrade of revision 100000000002 (add notes) failed at ')
assert log.contains(script + ':10: ')
assert log.contains([sqlite: 'no such table: no_such_table',
                     postgresql: 'relation "no_such_table" does not exist',
                     mariadb: "Table 'it_failing_statement.no_such_table' doesn't exist"][database])
assert !log.contains('\tat ') : 'no stack trace without -e'

if (database == 'mariadb') {
    assert log.contains('Part-way: mariadb commits DDL as it goes, so its first 3 statement(s) (lines 7 to 9) ran ' +
            'and stay, and the version table still says 100000000001.')
    assert Db.objects(db) == ['table notes', 'table todos'] : 'the statements that ran stay'
    assert Db.column(db, 'SELECT id FROM notes ORDER BY id') == ['1', '2'] : 'exactly the statements reported as run'
    assert Db.versions(db) == ['100000000001']
    assert Db.history(db) == ['upgrade 100000000001', 'partial:up:3 100000000002']
    // status explains, and so does the upgrade that refuses to go on
    def explained = 'The upgrade of revision 100000000002 failed at '
    def lines = ' after its first 3 statement(s) ran and were committed (lines 7 to 9 of ' + script +
            '; the statement at line 10 failed)'
    assert log.contains('[WARNING] ' + explained) && log.contains(lines + '. Upgrade and downgrade refuse to run ' +
            'until this is resolved.')
    assert log.contains(lines + '. migrate does not go on from an unknown state.')
    def remedy = 'Compare the database with the script. Either complete the rest of its statements by hand and run ' +
            'mvn migrate:stamp -Dmigrate.target=100000000002, or undo those that ran and run mvn migrate:stamp ' +
            '-Dmigrate.target=100000000001; then run the goal again.'
    assert log.count(remedy) == 3 : 'the failure, status and the refusal each say how to recover'
} else {
    assert log.contains('Rolled back: the database is as it was, at 100000000001.')
    assert Db.objects(db) == ['table todos'] : 'nothing of the failed migration remains'
    assert Db.versions(db) == ['100000000001']
    assert Db.history(db) == ['upgrade 100000000001']
    assert log =~ /100000000002 +pending +add notes \(head\)/
    assert log.count('Upgrade of revision 100000000002 (add notes) failed at ') == 2 : 'the second run fails alike'
}
