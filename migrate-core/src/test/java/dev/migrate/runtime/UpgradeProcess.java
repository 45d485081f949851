package dev.migrate.runtime;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.dialect.DatabaseConfig;

import java.nio.file.Path;

/** The main class of each process in {@link ConcurrentProcessesTest}: upgrades the database to head and exits. */
public final class UpgradeProcess {
    private UpgradeProcess() {
    }

    public static void main(String[] args) {
        MigrateConfig config = MigrateConfig.builder(new DatabaseConfig(args[0], null, null), Path.of(args[1])).build();
        RunResult result = new Migrate(config).upgrade("head");
        System.out.println("applied " + result.steps().size());
    }
}
