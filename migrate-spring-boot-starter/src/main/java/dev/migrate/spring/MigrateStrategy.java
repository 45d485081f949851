package dev.migrate.spring;

/**
 * What the application does with its migrations at start-up, once for each migrated DataSource. A bean of this type
 * replaces the default, {@link MigrateRun#upgrade()}: {@code MigrateRun::validate} to only check, or anything that
 * calls the engine ({@code run.migrate()}) itself.
 */
@FunctionalInterface
public interface MigrateStrategy {
    MigrateStrategy UPGRADE = MigrateRun::upgrade;
    MigrateStrategy VALIDATE = MigrateRun::validate;

    void migrate(MigrateRun run);
}
