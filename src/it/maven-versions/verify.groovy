import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
// the executions that run this project under another Maven name it in expectedMaven; the default one runs the build's own
if (binding.hasVariable('expectedMaven') && expectedMaven) {
    assert log.readLines().count { it.startsWith("Apache Maven ${expectedMaven} ") } == 3 : "all three runs under Maven ${expectedMaven}"
}
assert !(log =~ /(?i)plugin validation/) : 'no plugin validation issues'
// Maven 4 warns of its own consumer POM being attached twice ('already attached, replacing'): not the plugin's
assert !log.readLines().any { it.startsWith('[WARNING]') && !it.contains("already attached, replacing") } : 'no warnings'
assert log.contains('migrate-maven-plugin')
assert log =~ /Upgraded 2 migration\(s\) in [\d.]+ m?s; the database is at 100000000002/
assert log.contains('Migrations: 2 tested, 2 passed, 0 failed')
assert new File(basedir, 'target/migrate/graph.mmd').text.contains('100000000002')
assert log =~ /Downgraded 1 migration\(s\) in [\d.]+ m?s; the database is at 100000000001/
assert Db.versions(new File(basedir, 'todo.db')) == ['100000000001']
assert log =~ /Squashed 2 revision\(s\), up to 100000000002, into the baseline b00000000001/
