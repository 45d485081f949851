import dev.migrate.Migrate
import dev.migrate.MigrateConfig
import dev.migrate.dialect.DatabaseConfig
import dev.migrate.maven.it.Corpus
import dev.migrate.maven.it.ItDatabase as Db

new File(basedir, 'logs').mkdirs()
new File(basedir, 'db').mkdirs()
def migrate = { String db ->
    new Migrate(MigrateConfig.builder(new DatabaseConfig('jdbc:sqlite:' + new File(basedir, db).path, null, null),
            new File(basedir, 'cases/chain').toPath()).build())
}
migrate('db/readonly.db').upgrade('100000000001')
migrate('db/locked.db').upgrade('100000000001')
Corpus.fingerprint(basedir)
// an empty database on the MariaDB server, for the cases that reach it
Db.createDatabase('mariadb', 'it_bad_input_runs')
// another program holds db/locked.db in the middle of a write until verify.groovy lets go
Db.holdExclusiveLock(new File(basedir, 'db/locked.db'), new File(basedir, 'target/release-lock'), 120)
