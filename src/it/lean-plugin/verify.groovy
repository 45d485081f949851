import dev.migrate.maven.it.ItDatabase as Db

for (name in ['upgrade', 'heads']) {
    def log = new File(basedir, "logs/${name}.log").text
    def realm = log.readLines().findAll { it.contains('Included: ') }*.replaceAll(/.*Included: /, '')
    assert realm.any { it.startsWith('dev.migrate:migrate-core:jar:') } : realm
    assert realm.any { it.startsWith('org.xerial:sqlite-jdbc:jar:') } : realm
    // neither Hibernate nor what it needs is resolved for a goal that reads no entities
    assert !realm.any { it.contains('hibernate') || it.contains('byte-buddy') || it.contains('jaxb') || it.contains('antlr') } : realm
    assert !log.contains('migrate-hibernate') : name
    assert log.contains('BUILD SUCCESS')
}
assert Db.versions(new File(basedir, 'lean.db')) == ['100000000001']
assert new File(basedir, 'logs/heads.log').text.contains('100000000001')
