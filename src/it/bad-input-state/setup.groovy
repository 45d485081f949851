import dev.migrate.Migrate
import dev.migrate.MigrateConfig
import dev.migrate.dialect.DatabaseConfig
import dev.migrate.maven.it.Corpus
import dev.migrate.maven.it.ItDatabase as Db

// The databases the cases start from, made by the engine itself; then the scripts are edited or deleted as a user
// would. Corpus.fingerprint records every file under db/, and verify.groovy checks that no run changed a byte.
new File(basedir, 'logs').mkdirs()
new File(basedir, 'db').mkdirs()
def migrate = { String db, String cases ->
    new Migrate(MigrateConfig.builder(new DatabaseConfig('jdbc:sqlite:' + new File(basedir, db).path, null, null),
            new File(basedir, cases).toPath()).build())
}
migrate('db/at2.db', 'cases/chain').upgrade('100000000002')
migrate('db/edited.db', 'cases/edited').upgrade('head')
new File(basedir, 'cases/edited/2_create_b.sql').text = new File(basedir, 'cases/edited/2_create_b.sql').text
        .replace('VALUES (1);', 'VALUES (2);')
migrate('db/deleted-middle.db', 'cases/deleted-middle').upgrade('head')
new File(basedir, 'cases/deleted-middle/2_create_b.sql').delete()
migrate('db/deleted-head.db', 'cases/deleted-head').upgrade('head')
new File(basedir, 'cases/deleted-head/3_create_c.sql').delete()
// a newer version of the application migrated this database further than these scripts go
migrate('db/ahead.db', 'cases/chain').upgrade('head')
Db.execute(new File(basedir, 'db/ahead.db'), "UPDATE migrate_version SET version_num = 'ffffffffffff'")
migrate('db/syntax.db', 'cases/syntax').upgrade('100000000001')
migrate('db/bad-down.db', 'cases/bad-down').upgrade('head')
Corpus.fingerprint(basedir)
