package dev.migrate.runtime;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.dialect.DatabaseConfig;

import java.nio.file.Path;

/** The main class of each process of a {@link ConcurrentProcessesTest}: upgrades the database to head and exits. */
public final class UpgradeProcess {
    private UpgradeProcess() {
    }

    public static void main(String[] args) {
        String user = args.length > 2 && !args[2].equals("null") ? args[2] : null;
        String password = args.length > 3 && !args[3].equals("null") ? args[3] : null;
        MigrateConfig config = MigrateConfig.builder(new DatabaseConfig(args[0], user, password), Path.of(args[1]))
                .build();
        RunResult result = new Migrate(config).upgrade("head");
        System.out.println("applied " + result.steps().size());
    }
}
