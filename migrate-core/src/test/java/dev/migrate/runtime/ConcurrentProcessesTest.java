package dev.migrate.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import dev.migrate.dialect.DatabaseConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Separate JVMs upgrading one fresh database at the same time: none may fail, and every migration must be applied
 * exactly once (the race that Alembic and Flyway lose on SQLite). Each database kind runs it on its own.
 */
public abstract class ConcurrentProcessesTest {
    private static final int PROCESSES = 4;
    private static final int MIGRATIONS = 15;

    @TempDir
    Path dir;

    /** A fresh, empty database for the race. */
    protected abstract DatabaseConfig database();

    @Test
    void concurrentUpgradesApplyEachMigrationOnceAndAllSucceed() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        String parent = "";
        for (int k = 1; k <= MIGRATIONS; k++) {
            String id = String.format("%012d", k);
            Files.writeString(migrations.resolve(id + ".sql"), "-- revision: " + id + "\n-- revises: " + parent
                    + "\n-- created: 2026-11-24T15:00:" + String.format("%02d", k) + "Z\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t" + k + " (id INTEGER PRIMARY KEY, v TEXT);\n"
                    + "INSERT INTO t" + k + " (id, v) VALUES (1, 'once');\n"
                    + "-- migrate:downgrade\nDROP TABLE t" + k + ";\n", StandardCharsets.UTF_8);
            parent = id;
        }
        DatabaseConfig db = database();

        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), db.url(),
                    migrations.toString(), String.valueOf(db.user()), String.valueOf(db.password())).redirectErrorStream(true).start());
        }
        int totalApplied = 0;
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process finished");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            totalApplied += Integer.parseInt(out.strip().replaceAll("(?s).*applied (\\d+)$", "$1"));
        }
        assertEquals(MIGRATIONS, totalApplied, "the processes together applied each migration once");

        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            Map<String, Integer> upgrades = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT revision, COUNT(*) FROM migrate_version_history "
                    + "WHERE action = 'upgrade' GROUP BY revision")) {
                while (rs.next()) {
                    upgrades.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertEquals(MIGRATIONS, upgrades.size());
            upgrades.forEach((rev, count) -> assertEquals(1, count, "upgrades of " + rev));
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM migrate_version")) {
                assertTrue(rs.next());
                assertEquals(String.format("%012d", MIGRATIONS), rs.getString(1));
            }
            for (int k = 1; k <= MIGRATIONS; k++) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t" + k)) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1), "rows in t" + k);
                }
            }
        }
    }
}
