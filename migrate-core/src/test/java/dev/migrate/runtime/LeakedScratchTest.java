package dev.migrate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.ScratchName;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A migrate:test killed with SIGKILL while its scratch database exists leaves it behind; the next scratch use on
 * the server (or in the work directory) removes it and says so, and leaves alone what is not a killed run's: a
 * database migrate did not name, the scratch database of a live process, a young one from another host. An old
 * one from another host is removed too.
 */
@Tag("server")
@Tag("process")
class LeakedScratchTest {
    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final MigrateLog log = new MigrateLog() {
        @Override
        public void info(String message) {
            logged.add(message);
        }

        @Override
        public void warn(String message) {
            logged.add("warn " + message);
        }

        @Override
        public void debug(String message) {}
    };

    /** How one kind of database lists, creates and drops the databases that might be scratch databases. */
    private interface Place {
        List<String> names() throws Exception;

        void create(String name) throws Exception;

        void drop(String name) throws Exception;
    }

    @Test
    void postgres() throws Exception {
        DatabaseConfig db = TestServers.postgres();
        check(db, "migrate_scratch_", "SELECT pg_sleep(120)", new Place() {
            @Override
            public List<String> names() throws SQLException {
                return KilledRunTest.rows(
                        connect(db), "SELECT datname FROM pg_database " + "WHERE datname LIKE 'migrate\\_scratch\\_%'");
            }

            @Override
            public void create(String name) {
                TestServers.execute(db, "CREATE DATABASE " + name);
            }

            @Override
            public void drop(String name) {
                TestServers.execute(db, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        });
    }

    @Test
    void mariadb() throws Exception {
        DatabaseConfig db = TestServers.mariadb();
        check(db, "migrate_scratch_", "SELECT SLEEP(120)", new Place() {
            @Override
            public List<String> names() throws SQLException {
                return KilledRunTest.rows(connect(db), "SHOW DATABASES LIKE 'migrate\\_scratch\\_%'");
            }

            @Override
            public void create(String name) {
                TestServers.execute(db, "CREATE DATABASE " + name);
            }

            @Override
            public void drop(String name) {
                TestServers.execute(db, "DROP DATABASE IF EXISTS " + name);
            }
        });
    }

    @Test
    void sqlite() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null);
        check(
                db,
                "migrate-scratch-",
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                        + "WHERE x < 2000000000) SELECT COUNT(*) FROM c",
                new Place() {
                    @Override
                    public List<String> names() throws Exception {
                        try (Stream<Path> files = Files.list(work)) {
                            return files.map(f -> f.getFileName().toString())
                                    .filter(n -> n.endsWith(".db"))
                                    .map(n -> n.substring(0, n.length() - 3))
                                    .toList();
                        }
                    }

                    @Override
                    public void create(String name) throws Exception {
                        Files.createFile(work.resolve(name + ".db"));
                    }

                    @Override
                    public void drop(String name) throws Exception {
                        Files.deleteIfExists(work.resolve(name + ".db"));
                    }
                });
    }

    private void check(DatabaseConfig db, String prefix, String slowStatement, Place place) throws Exception {
        Path work = dir.resolve("work");
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(
                migrations.resolve("a1.sql"),
                "-- revision: a1\n-- revises:\n-- created: 2026-12-03T08:00:00Z"
                        + "\n\n-- migrate:upgrade\nCREATE TABLE t (id INTEGER PRIMARY KEY);\n" + slowStatement + ";\n"
                        + "-- migrate:downgrade\nDROP TABLE t;\n",
                StandardCharsets.UTF_8);

        // what is not a killed run's scratch database
        String unnamed = prefix + "keep_me";
        ScratchName live = ScratchName.next(prefix); // this very process's
        Instant now = Instant.now();
        ScratchName youngElsewhere = new ScratchName(prefix, "00000000", 1, now.minus(Duration.ofHours(1)), "0000aaaa");
        ScratchName oldElsewhere = new ScratchName(prefix, "00000000", 2, now.minus(Duration.ofHours(25)), "0000bbbb");
        List<String> planted = List.of(unnamed, live.name(), youngElsewhere.name(), oldElsewhere.name());
        try {
            JvmProcesses.Worker worker = JvmProcesses.start();
            worker.send(db, migrations, "test", work.toString());
            String leaked = awaitScratchOf(worker.pid(), prefix, place);
            worker.kill();
            assertTrue(place.names().contains(leaked), "the kill left " + leaked + " behind");
            for (String name : planted) { // after the worker's own sweep
                place.drop(name);
                place.create(name);
            }

            try (ScratchDatabase next = new Database(db).dialect().createScratch(db, work, log)) {
                List<String> names = place.names();
                assertFalse(names.contains(leaked), "the killed run's " + leaked + " was removed: " + names);
                assertFalse(names.contains(oldElsewhere.name()), "a day-old one from another host was removed");
                for (String kept : List.of(unnamed, live.name(), youngElsewhere.name())) {
                    assertTrue(names.contains(kept), kept + " was left alone: " + names);
                }
                assertTrue(
                        logged.stream()
                                .anyMatch(l -> l.startsWith("Removed the scratch database " + leaked)
                                        && l.contains("process " + worker.pid() + " on this host")),
                        String.join("\n", logged));
                assertTrue(
                        logged.stream()
                                .anyMatch(l -> l.startsWith("Removed the scratch database " + oldElsewhere.name())
                                        && l.contains("another host, created 25 h")),
                        String.join("\n", logged));
                assertEquals(2, logged.size(), String.join("\n", logged));
            }
        } finally {
            for (String name : planted) {
                place.drop(name);
            }
        }
    }

    /** The name of the scratch database the worker process created, once it exists. */
    private static String awaitScratchOf(long pid, String prefix, Place place) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            for (String name : place.names()) {
                Optional<ScratchName> parsed = ScratchName.parse(prefix, name);
                if (parsed.isPresent() && parsed.get().pid() == pid) {
                    return name;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("process " + pid + " made no scratch database within 60 s");
    }

    private static Connection connect(DatabaseConfig db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
