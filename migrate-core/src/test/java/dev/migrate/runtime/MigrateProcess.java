package dev.migrate.runtime;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.DatabaseConfig;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ServiceLoader;

/**
 * The main class of the separate JVMs of the race and kill tests ({@link JvmProcesses}). It loads the engine and the
 * drivers, prints "ready", then runs one command per line of standard input, so that the processes of a race start
 * their runs at the same moment: url, user, password ("null" for none), migrations directory, command (upgrade or
 * downgrade to the target; reset; test, with the work directory
 * as its target), and optionally the version table, separated by tabs. For each it prints the engine's log lines ("info ...", "debug ..."), then "steps N"
 * or "error ...", then "done". It exits at the end of its input.
 */
public final class MigrateProcess {
    private static final MigrateLog LOG = new MigrateLog() {
        @Override
        public void info(String message) {
            System.out.println("info " + message);
            System.out.flush();
        }

        @Override
        public void warn(String message) {
            info(message);
        }

        @Override
        public void debug(String message) {
            System.out.println("debug " + message); // a step's start, which the kill tests wait for
            System.out.flush();
        }
    };

    private MigrateProcess() {}

    public static void main(String[] args) throws Exception {
        ServiceLoader.load(Driver.class).forEach(d -> {});
        Class.forName(Migrate.class.getName());
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] a = line.split("\t", -1);
            try {
                MigrateConfig.Builder config = MigrateConfig.builder(
                                new DatabaseConfig(a[0], nullable(a[1]), nullable(a[2])), Path.of(a[3]))
                        .log(LOG);
                if (a.length > 6) {
                    config.versionTable(a[6]);
                }
                switch (a[4]) {
                    case "upgrade" -> steps(new Migrate(config.build()).upgrade(a[5]));
                    case "downgrade" -> steps(new Migrate(config.build()).downgrade(a[5]));
                    case "reset" -> steps(new Migrate(config.build()).reset());
                    case "test" ->
                        System.out.println("test "
                                + (new Migrate(config.workDirectory(Path.of(a[5]))
                                                        .build())
                                                .test()
                                                .passed()
                                        ? "passed"
                                        : "failed"));
                    default -> throw new IllegalArgumentException("unknown command " + a[4]);
                }
            } catch (RuntimeException e) {
                System.out.println("error " + e);
                e.printStackTrace(System.out);
            }
            System.out.println("done");
            System.out.flush();
        }
    }

    private static void steps(RunResult result) {
        System.out.println("steps " + result.steps().size());
    }

    private static String nullable(String s) {
        return s.equals("null") ? null : s;
    }
}
