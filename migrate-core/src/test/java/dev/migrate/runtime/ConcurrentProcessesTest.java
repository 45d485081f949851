package dev.migrate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.Soak;
import dev.migrate.dialect.DatabaseConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Separate JVMs migrating one database at the same moment: they start, load the engine and the drivers, then are
 * released together. Each database kind runs it on its own, 20 trials of each race. The processes are new JVMs
 * every 10 trials and serve the trials between (JVM start-up is most of a trial's cost on a small CI machine);
 * {@code -Dmigrate.soak=true} runs 200 trials of each race with new JVMs for every trial.
 * <ul>
 * <li>8 processes upgrade a fresh database: all exit 0, together they apply each migration exactly once, the history
 * shows each upgrade once, and every table holds its one row (the race that Alembic and Flyway lose on
 * SQLite).</li>
 * <li>4 processes upgrade to head while 4 downgrade to revision 2: all exit 0, the database ends at one of the two
 * targets, its tables are exactly those of the revisions the version table implies, and the history, replayed,
 * is a valid sequence of steps that ends there.</li>
 * <li>8 processes upgrade while a 9th resets (confirmed, as {@code -Dmigrate.confirm=yes} does), 10 trials: all exit
 * 0, the database ends at head with every table holding its one row, and the history replays to it.</li>
 * <li>4 processes upgrade with one version table while 4 upgrade other migrations with another, on one database,
 * 10 trials: each table's migrations are applied once, and neither table knows of the other's.</li>
 * </ul>
 */
@Tag("process")
public abstract class ConcurrentProcessesTest {
    private static final int PROCESSES = 8;
    private static final int TRIALS = Soak.trials("races", 20, 200);
    private static final int UP_DOWN_TRIALS = Soak.trials("races", 20, 200);
    private static final int RESET_TRIALS = Soak.trials("races", 10, 100);
    private static final int MIGRATIONS = 5;
    /** How many trials one set of processes runs before it is replaced by new JVMs. */
    private static final int REUSE = Soak.trials("reuse", 10, 1);

    @TempDir
    Path dir;

    private Path migrations;

    /** A fresh, empty database for one trial. */
    protected abstract DatabaseConfig database(int trial);

    @BeforeEach
    void writeMigrations() throws IOException {
        migrations = Files.createDirectories(dir.resolve("migrations"));
        String parent = "";
        for (int k = 1; k <= MIGRATIONS; k++) {
            Files.writeString(
                    migrations.resolve(id(k) + ".sql"),
                    "-- revision: " + id(k) + "\n-- revises: " + parent
                            + "\n-- created: 2026-11-24T15:00:" + String.format("%02d", k) + "Z\n\n-- migrate:upgrade\n"
                            + "CREATE TABLE t" + k + " (id INTEGER PRIMARY KEY, v VARCHAR(10));\n"
                            + "INSERT INTO t" + k + " (id, v) VALUES (1, 'once');\n"
                            + "-- migrate:downgrade\nDROP TABLE t" + k + ";\n",
                    StandardCharsets.UTF_8);
            parent = id(k);
        }
    }

    private static String id(int k) {
        return String.format("%012d", k);
    }

    @Test
    void concurrentUpgradesApplyEachMigrationOnceAndAllSucceed() throws Exception {
        List<JvmProcesses.Worker> workers = List.of();
        try {
            for (int trial = 1; trial <= TRIALS; trial++) {
                workers = pool(workers, trial);
                DatabaseConfig db = database(trial);
                for (JvmProcesses.Worker w : workers) {
                    w.awaitReady();
                }
                for (JvmProcesses.Worker w : workers) {
                    w.send(db, migrations, "upgrade", "head");
                }
                int applied = 0;
                for (JvmProcesses.Worker w : workers) {
                    applied += w.succeeded(120);
                }
                String context = "trial " + trial + " of " + TRIALS + " on " + db.maskedUrl();
                assertEquals(MIGRATIONS, applied, "the processes together applied each migration once, " + context);
                List<String> upgrades = new ArrayList<>();
                for (String row : history(db)) {
                    if (row.startsWith("upgrade ")) {
                        upgrades.add(row.substring("upgrade ".length()));
                    }
                }
                assertEquals(List.of(id(1), id(2), id(3), id(4), id(5)), upgrades, "history, " + context);
                assertEquals(List.of(id(MIGRATIONS)), versions(db), context);
                for (int k = 1; k <= MIGRATIONS; k++) {
                    assertEquals(1, rowsIn(db, k), "rows in t" + k + ", " + context);
                }
            }
        } finally {
            JvmProcesses.closeAll(workers);
        }
    }

    @Test
    void upgradesRacingDowngradesEndAtOneOfTheTargetsConsistentWithTheVersionTable() throws Exception {
        List<JvmProcesses.Worker> workers = List.of();
        int endedAtHead = 0;
        try {
            for (int trial = 1; trial <= UP_DOWN_TRIALS; trial++) {
                workers = pool(workers, trial);
                DatabaseConfig db = database(1000 + trial);
                Migrate prepare =
                        new Migrate(MigrateConfig.builder(db, migrations).build());
                prepare.upgrade(id(3));
                int before = history(db).size();
                for (JvmProcesses.Worker w : workers) {
                    w.awaitReady();
                }
                for (int p = 0; p < workers.size(); p++) {
                    if (p % 2 == 0) {
                        workers.get(p).send(db, migrations, "upgrade", "head");
                    } else {
                        workers.get(p).send(db, migrations, "downgrade", id(2));
                    }
                }
                int steps = 0;
                for (JvmProcesses.Worker w : workers) {
                    steps += w.succeeded(120);
                }
                String context = "trial " + trial + " of " + UP_DOWN_TRIALS + " on " + db.maskedUrl();
                List<String> history = history(db);
                Set<Integer> applied = replay(history, context);
                List<String> versions = versions(db);
                assertTrue(
                        versions.equals(List.of(id(MIGRATIONS))) || versions.equals(List.of(id(2))),
                        "ends at head or at revision 2: " + versions + ", " + context);
                int at = Integer.parseInt(versions.get(0));
                endedAtHead += at == MIGRATIONS ? 1 : 0;
                Set<Integer> implied = new LinkedHashSet<>();
                for (int k = 1; k <= at; k++) {
                    implied.add(k);
                    assertEquals(1, rowsIn(db, k), "rows in t" + k + ", " + context);
                }
                for (int k = at + 1; k <= MIGRATIONS; k++) {
                    assertEquals(-1, rowsIn(db, k), "t" + k + " is gone, " + context);
                }
                assertEquals(implied, applied, "the history replayed gives the version table, " + context);
                assertEquals(
                        steps,
                        steps(history.subList(before, history.size())).size(),
                        "every step the processes took is in the history, once: " + history + ", " + context);
                assertTrue(prepare.status().interrupted().isEmpty(), context);
            }
            System.out.println(getClass().getSimpleName() + ": upgrades against downgrades ended at head in "
                    + endedAtHead + " and at revision 2 in " + (UP_DOWN_TRIALS - endedAtHead) + " of " + UP_DOWN_TRIALS
                    + " trials");
        } finally {
            JvmProcesses.closeAll(workers);
        }
    }

    @Test
    void upgradesRacingAResetAllSucceedAndEndAtHeadFreshlyBuilt() throws Exception {
        List<JvmProcesses.Worker> workers = List.of();
        try {
            for (int trial = 1; trial <= RESET_TRIALS; trial++) {
                if ((trial - 1) % REUSE == 0) {
                    JvmProcesses.closeAll(workers);
                    workers = JvmProcesses.start(PROCESSES + 1);
                }
                DatabaseConfig db = database(2000 + trial);
                new Migrate(MigrateConfig.builder(db, migrations).build()).upgrade(id(3));
                int before = history(db).size();
                for (JvmProcesses.Worker w : workers) {
                    w.awaitReady();
                }
                int resetter = trial % workers.size();
                for (int p = 0; p < workers.size(); p++) {
                    workers.get(p).send(db, migrations, p == resetter ? "reset" : "upgrade", "head");
                }
                int steps = 0;
                for (JvmProcesses.Worker w : workers) {
                    steps += w.succeeded(120);
                }
                String context = "reset trial " + trial + " of " + RESET_TRIALS + " on " + db.maskedUrl();
                List<String> history = history(db);
                assertEquals(List.of(id(MIGRATIONS)), versions(db), context);
                assertEquals(
                        Set.of(1, 2, 3, 4, 5), replay(history, context), "the history replays to head, " + context);
                for (int k = 1; k <= MIGRATIONS; k++) {
                    assertEquals(1, rowsIn(db, k), "rows in t" + k + ", " + context);
                }
                assertEquals(
                        steps,
                        steps(history.subList(before, history.size())).size(),
                        "every step the processes took is in the history, once: " + history + ", " + context);
                assertTrue(steps >= 3 + MIGRATIONS, "the reset took its steps: " + history + ", " + context);
            }
        } finally {
            JvmProcesses.closeAll(workers);
        }
    }

    @Test
    void twoVersionTablesOnOneDatabaseStayIndependentUnderConcurrentRuns() throws Exception {
        Path others = Files.createDirectories(dir.resolve("others"));
        String parent = "";
        for (int k = 1; k <= MIGRATIONS; k++) {
            Files.writeString(
                    others.resolve("o" + k + ".sql"),
                    "-- revision: o" + k + "\n-- revises: " + parent
                            + "\n-- created: 2026-11-24T16:00:" + String.format("%02d", k) + "Z\n\n-- migrate:upgrade\n"
                            + "CREATE TABLE o" + k + " (id INTEGER PRIMARY KEY);\nINSERT INTO o" + k
                            + " (id) VALUES (1);\n"
                            + "-- migrate:downgrade\nDROP TABLE o" + k + ";\n",
                    StandardCharsets.UTF_8);
            parent = "o" + k;
        }
        List<JvmProcesses.Worker> workers = List.of();
        try {
            for (int trial = 1; trial <= RESET_TRIALS; trial++) {
                workers = pool(workers, trial);
                DatabaseConfig db = database(3000 + trial);
                for (JvmProcesses.Worker w : workers) {
                    w.awaitReady();
                }
                for (int p = 0; p < workers.size(); p++) {
                    if (p % 2 == 0) {
                        workers.get(p).send(db, migrations, "upgrade", "head");
                    } else {
                        workers.get(p).send(db, others, "upgrade", "head", "other_version");
                    }
                }
                int steps = 0;
                for (JvmProcesses.Worker w : workers) {
                    steps += w.succeeded(120);
                }
                String context = "two tables trial " + trial + " of " + RESET_TRIALS + " on " + db.maskedUrl();
                assertEquals(2 * MIGRATIONS, steps, "each table's migrations applied once, " + context);
                assertEquals(List.of(id(MIGRATIONS)), versions(db), context);
                assertEquals(List.of("o" + MIGRATIONS), column(db, "SELECT version_num FROM other_version"), context);
                assertEquals(
                        List.of(
                                "upgrade " + id(1),
                                "upgrade " + id(2),
                                "upgrade " + id(3),
                                "upgrade " + id(4),
                                "upgrade " + id(5)),
                        steps(history(db)),
                        "the first table's history knows only its own, " + context);
                assertEquals(
                        List.of("upgrade o1", "upgrade o2", "upgrade o3", "upgrade o4", "upgrade o5"),
                        steps(column(db, "SELECT action, revision FROM other_version_history ORDER BY id")),
                        context);
                for (int k = 1; k <= MIGRATIONS; k++) {
                    assertEquals(1, rowsIn(db, k), "rows in t" + k + ", " + context);
                    assertEquals(
                            List.of("1"), column(db, "SELECT COUNT(*) FROM o" + k), "rows in o" + k + ", " + context);
                }
            }
        } finally {
            JvmProcesses.closeAll(workers);
        }
    }

    /**
     * The processes for a trial: new JVMs every {@link #REUSE} trials (every trial in the soak), so that races run
     * both between JVMs that have just started and between warm ones.
     */
    private static List<JvmProcesses.Worker> pool(List<JvmProcesses.Worker> workers, int trial)
            throws InterruptedException {
        if ((trial - 1) % REUSE != 0) {
            return workers;
        }
        JvmProcesses.closeAll(workers);
        return JvmProcesses.start(PROCESSES);
    }

    /** The rows of steps taken, without the bookkeeping of steps that commit as they go. */
    private static List<String> steps(List<String> history) {
        return history.stream()
                .filter(r -> r.startsWith("upgrade ") || r.startsWith("downgrade "))
                .toList();
    }

    /** Replays "upgrade r" / "downgrade r" rows from base, checking that each is a valid step. */
    private static Set<Integer> replay(List<String> history, String context) {
        Set<Integer> applied = new LinkedHashSet<>();
        for (String row : history) {
            String[] parts = row.split(" ");
            int k = Integer.parseInt(parts[1]);
            if (parts[0].equals("upgrade")) {
                assertTrue(
                        !applied.contains(k) && (k == 1 || applied.contains(k - 1)),
                        "upgrade of " + k + " after " + applied + " in " + history + ", " + context);
                applied.add(k);
            } else if (parts[0].equals("downgrade")) {
                assertTrue(
                        applied.contains(k) && !applied.contains(k + 1),
                        "downgrade of " + k + " after " + applied + " in " + history + ", " + context);
                applied.remove(k);
            } else {
                assertTrue(parts[0].startsWith(VersionTable.RUNNING), row + " in " + history + ", " + context);
            }
        }
        return applied;
    }

    private static Connection connect(DatabaseConfig db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** The history as "action revision", oldest first. */
    static List<String> history(DatabaseConfig db) throws SQLException {
        return column(db, "SELECT action, revision FROM migrate_version_history ORDER BY id");
    }

    static List<String> versions(DatabaseConfig db) throws SQLException {
        return column(db, "SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    private static List<String> column(DatabaseConfig db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(
                        rs.getMetaData().getColumnCount() == 1
                                ? rs.getString(1)
                                : rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    /** The rows of table t{k}, or -1 when there is no such table. */
    static int rowsIn(DatabaseConfig db, int k) throws SQLException {
        try (Connection c = connect(db);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t" + k)) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                return -1;
            }
        }
    }
}
