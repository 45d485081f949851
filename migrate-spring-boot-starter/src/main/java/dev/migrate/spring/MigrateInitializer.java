package dev.migrate.spring;

import org.springframework.beans.factory.InitializingBean;

import java.util.List;

/**
 * Migrates the application's DataSources as the context starts. JPA's EntityManagerFactory, JDBC templates and
 * anything else that needs the database initialised depend on this bean (through
 * {@link MigrateDatabaseInitializerDetector}), so they start on a migrated schema.
 */
public class MigrateInitializer implements InitializingBean {
    private static final System.Logger LOG = System.getLogger("dev.migrate");

    private final List<MigrateRun> runs;
    private final MigrateStrategy strategy;
    private final boolean exitAfterMigrate;

    public MigrateInitializer(List<MigrateRun> runs, MigrateStrategy strategy, boolean exitAfterMigrate) {
        this.runs = List.copyOf(runs);
        this.strategy = strategy;
        this.exitAfterMigrate = exitAfterMigrate;
    }

    /** The migrations, one per DataSource, for the endpoint and the health contribution. */
    public List<MigrateRun> runs() {
        return runs;
    }

    @Override
    public void afterPropertiesSet() {
        for (MigrateRun run : runs) {
            strategy.migrate(run);
        }
        if (exitAfterMigrate) {
            // Spring Framework lets a context that is starting be closed by System.exit: the shutdown hook sees
            // the starting thread waiting and does not wait for it
            LOG.log(
                    System.Logger.Level.INFO,
                    "Migrated; exiting before the application starts, as --migrate-and-exit asks");
            System.exit(0);
        }
    }
}
