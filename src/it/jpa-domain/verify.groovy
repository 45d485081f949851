import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = Db.target(basedir, database)
def dir = new File(basedir, 'src/main/resources/db/migrations')
def scripts = dir.listFiles().findAll { it.name.endsWith('.sql') }*.name

// the initial revision applies, the application's Hibernate accepts the schema, and nothing is left to generate
assert scripts.size() == 1 && scripts[0].contains('_v1_'): scripts
def v1 = dir.listFiles().find { it.name.contains('_v1_') }.text
assert log.contains('VALIDATED: Hibernate accepts the migrated schema')
assert log.contains('The model matches: the JPA entities in target/classes and the migrations at head build the same schema.')
assert log.contains('No changes: ')
assert log.contains('PASS v1 (initial)')

// what Hibernate makes of the model, in the revision: Bean Validation's NOT NULL and lengths, the embeddable twice
// (its constraints count through @Valid only, as Hibernate applies them at run time)
assert v1 =~ /(?i)    name (VARCHAR|CHARACTER VARYING)\(80\) NOT NULL/
// an embeddable may be null as a whole, so Hibernate takes its @Size but not its @NotBlank
assert v1 =~ /(?i)    street (VARCHAR|CHARACTER VARYING)\(120\)( NULL)?,/
assert v1 =~ /(?i)    billing_street (VARCHAR|CHARACTER VARYING)\(255\)( NULL)?,/ // no @Valid, no constraints
assert v1 =~ /(?i)    email (VARCHAR|CHARACTER VARYING)\(255\) NOT NULL/
assert v1.contains('CREATE TABLE customer_tag (')
assert v1.contains('CREATE TABLE customer_phone (')
assert v1.contains('CREATE TABLE voyage_ports (')
assert v1 =~ /    leg_order INT/
assert v1.contains('CREATE INDEX ix_customer_name ON customer (name);')
if (database == 'sqlite') {
    // no sequences: Hibernate's table generators, each starting from its row
    assert v1.contains('CREATE TABLE sequence_generator (')
    assert v1.contains("insert into sequence_generator ( next_val ) values ( 1050 );")
    assert Db.column(db, "SELECT next_val FROM sequence_generator") == ["1050"]
} else {
    assert v1 =~ /CREATE SEQUENCE sequence_generator (AS bigint )?START WITH 1050 INCREMENT BY 50/
    assert v1 =~ /CREATE SEQUENCE customer_seq (AS bigint )?START WITH 1 INCREMENT BY 50/
    // the cycle: both tables first, then the key that closes it
    assert v1 =~ /ALTER TABLE (voyage|cargo) ADD CONSTRAINT fk_(voyage_last_cargo|cargo_voyage) FOREIGN KEY/
    assert v1.contains('CONSTRAINT uk_customer_email UNIQUE (email)')
}
assert Db.versions(db) == ['v1']
