import dev.migrate.maven.it.ItDatabase as Db

def upgrade = new File(basedir, 'logs/upgrade.log').text
assert upgrade.contains('Skipping migrate:upgrade on parent: a pom project of a multi-module build without a migrations directory (src/main/resources/db/migrations)') : upgrade
assert upgrade.contains('BUILD SUCCESS')
assert Db.versions(new File(basedir, 'app/app.db')) == ['100000000001']
assert !new File(basedir, 'parent.db').exists()
def status = new File(basedir, 'logs/status.log').text
assert status.contains('Skipping migrate:status on parent')
assert status.contains('100000000001') && status.contains('BUILD SUCCESS')
