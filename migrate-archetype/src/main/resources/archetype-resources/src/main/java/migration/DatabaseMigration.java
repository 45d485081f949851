package ${package}.migration;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.RunResult;
import dev.migrate.script.ScriptLocations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the database to the newest migration when the application starts, as Spring Boot does with Flyway:
 * the same scripts, the same engine and the same version table as {@code mvn migrate:upgrade}, so the two can be
 * used on one database in any order. The EntityManagerFactory waits for this bean (see
 * {@link DatabaseMigrationConfiguration}), so Hibernate only ever sees a migrated schema.
 */
public class DatabaseMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMigration.class);

    private final DatabaseConfig database;
    private final ScriptLocations scripts;

    /** @param scripts where the scripts are: {@code classpath:db/migrations}, read in place, in a jar or not */
    public DatabaseMigration(DatabaseConfig database, ScriptLocations scripts) {
        this.database = database;
        this.scripts = scripts;
    }

    @Override
    public void afterPropertiesSet() {
        MigrateConfig config = MigrateConfig.builder(database, scripts).log(new Slf4jMigrateLog(log)).build();
        RunResult result = new Migrate(config).upgrade("head");
        if (result.steps().isEmpty()) {
            log.info("Database {} is up to date at {}", database.maskedUrl(), result.headsAfter());
        } else {
            log.info("Database {} upgraded from {} to {} ({} migration(s))", database.maskedUrl(),
                    result.headsBefore(), result.headsAfter(), result.steps().size());
        }
    }
}
