import dev.migrate.maven.it.ItDatabase as Db

def cli = new File(basedir, 'logs/cli.log').text
assert cli.contains('cli.db') && !cli.contains('pom.db') : cli
assert Db.versions(new File(basedir, 'cli.db')) == ['100000000001']
// without -D the pom's database, which the first run did not touch
def pom = new File(basedir, 'logs/pom.log').text
assert pom.contains('pom.db') : pom
assert !new File(basedir, 'pom.db').exists() || Db.versions(new File(basedir, 'pom.db')) == []
