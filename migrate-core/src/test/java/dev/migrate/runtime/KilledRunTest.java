package dev.migrate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.Soak;
import dev.migrate.base.Command;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.DatabaseConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * kill -9 of an upgrading JVM at random moments of a long upgrade (40 migrations, every fifth with a slow statement
 * between its two inserts), 30 times per database ({@code -Dmigrate.soak=true}: 300). Half the kills fall at a
 * random time of the whole run, half just after a random migration has started. After each kill:
 * <ul>
 * <li>the schema matches the version table: every applied migration's table holds its two rows, no table of an
 * unapplied migration exists; except on MariaDB, whose DDL commits as it goes, where the migration that was
 * running may have left its table, and then status reports the interrupted step and upgrade refuses to go on until
 * it is resolved (the test resolves it as the message says: undo, stamp);</li>
 * <li>no lock is left behind: a new upgrade starts at once and completes;</li>
 * <li>after it the database is at head, every table holds its two rows and the history shows each upgrade once.</li>
 * </ul>
 */
@Tag("process")
public abstract class KilledRunTest {
    static final int MIGRATIONS = 40;
    private static final int KILLS = Soak.trials("kills", 30, 300);

    @TempDir
    Path dir;

    /** A fresh, empty database for one trial. */
    protected abstract DatabaseConfig database(int trial);

    /** A statement that takes some tens of milliseconds and changes nothing. */
    protected abstract String slowStatement();

    /**
     * How many other sessions are connected to the database, or 0 where there are no sessions (SQLite). The server
     * finishes the statement a killed run was executing before it notices that the client is gone.
     */
    protected int otherSessions(Connection c) throws SQLException {
        return 0;
    }

    /** Waits until the server has ended the killed run's session, as an operator would before looking. */
    private void awaitSessionsGone(Connection c, String context) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (otherSessions(c) > 0) {
            assertTrue(System.nanoTime() < until, "the killed run's session did not end within 30 s, " + context);
            Thread.sleep(10);
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether DDL commits as it goes (MariaDB), so that a killed migration may leave some of its statements. */
    protected boolean ddlCommitsAsItGoes() {
        return false;
    }

    static String id(int k) {
        return String.format("%012d", k);
    }

    private Path writeMigrations() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        String parent = "";
        for (int k = 1; k <= MIGRATIONS; k++) {
            Files.writeString(
                    migrations.resolve(id(k) + ".sql"),
                    "-- revision: " + id(k) + "\n-- revises: " + parent
                            + "\n-- created: 2026-11-24T15:" + String.format("%02d", k / 60) + ":"
                            + String.format("%02d", k % 60)
                            + "Z\n\n-- migrate:upgrade\nCREATE TABLE m" + k + " (id INTEGER PRIMARY KEY, n INTEGER);\n"
                            + "INSERT INTO m" + k + " (id, n) VALUES (1, " + k + ");\n"
                            + (k % 5 == 0 ? slowStatement() + ";\n" : "")
                            + "INSERT INTO m" + k + " (id, n) VALUES (2, " + k + ");\n"
                            + "-- migrate:downgrade\n"
                            + (k % 5 == 0 ? "DELETE FROM m" + k + " WHERE id = 2;\n" + slowStatement() + ";\n" : "")
                            + "DROP TABLE m" + k + ";\n",
                    StandardCharsets.UTF_8);
            parent = id(k);
        }
        return migrations;
    }

    @Test
    void aKilledUpgradeLeavesAConsistentDatabaseNoLockAndARerunCompletes() throws Exception {
        Path migrations = writeMigrations();
        killRepeatedly(
                5150L,
                "upgrade",
                "head",
                db -> {},
                step -> "debug Upgrade " + (step == 1 ? "base" : id(step - 1)) + " -> ",
                (db, c, runMillis, context, killedAtStep) -> check(db, c, migrations, runMillis, context, killedAtStep),
                migrations);
    }

    @Test
    void aKilledDowngradeLeavesAConsistentDatabaseNoLockAndARerunCompletes() throws Exception {
        Path migrations = writeMigrations();
        killRepeatedly(
                6160L,
                "downgrade",
                "base",
                db -> new Migrate(MigrateConfig.builder(db, migrations).build()).upgrade("head"),
                step -> "debug Downgrade " + id(step) + " -> ",
                (db, c, runMillis, context, killedAtStep) ->
                        checkDowngrade(db, c, migrations, runMillis, context, killedAtStep),
                migrations);
    }

    /** What a trial checks once the killed run is gone; whether the kill left an interrupted step. */
    @FunctionalInterface
    private interface AfterKill {
        boolean check(DatabaseConfig db, Connection c, long runMillis, String context, int[] killedAtStep)
                throws Exception;
    }

    @FunctionalInterface
    private interface Preparation {
        void prepare(DatabaseConfig db) throws Exception;
    }

    /**
     * {@link #KILLS} trials: a fresh database, prepared, then a JVM running {@code command} to {@code target} on it
     * is killed at a random time of the run (even trials) or just after the line of a random step's start.
     */
    private void killRepeatedly(
            long defaultSeed,
            String command,
            String target,
            Preparation prepare,
            java.util.function.IntFunction<String> stepLine,
            AfterKill afterKill,
            Path migrations)
            throws Exception {
        long seed = Soak.seed(defaultSeed);
        Random random = new Random(seed);

        // one whole run first, to learn how long it takes on this machine
        JvmProcesses.Worker worker = JvmProcesses.start();
        DatabaseConfig first = database(0);
        prepare.prepare(first);
        worker.send(first, migrations, command, target);
        assertEquals(MIGRATIONS, worker.succeeded(120));
        long runMillis = worker.millisSinceSend();
        worker.close();

        int interrupted = 0;
        int[] killedAtStep = new int[MIGRATIONS + 2];
        JvmProcesses.Worker next = JvmProcesses.start();
        for (int trial = 1; trial <= KILLS; trial++) {
            worker = next;
            next = JvmProcesses.start(); // starts while this trial runs
            DatabaseConfig db = database(trial);
            String context = command + " kill " + trial + " of " + KILLS + " (seed " + seed + ") on " + db.maskedUrl();
            prepare.prepare(db);
            worker.awaitReady();
            worker.send(db, migrations, command, target);
            if (trial % 2 == 0) {
                Thread.sleep(random.nextInt((int) Math.max(1, runMillis * 11 / 10)));
            } else {
                int step = 1 + random.nextInt(MIGRATIONS);
                worker.await(stepLine.apply(step), 60);
                Thread.sleep(random.nextInt(step % 5 == 0 ? 60 : 10));
            }
            worker.kill();
            try (Connection check = connect(db)) {
                awaitSessionsGone(check, context);
                interrupted += afterKill.check(db, check, runMillis, context, killedAtStep) ? 1 : 0;
            }
        }
        next.close();
        System.out.println(getClass().getSimpleName() + ": " + KILLS + " kills during a " + runMillis + " ms "
                + command + ", " + interrupted + " left an interrupted step; kills by revision reached "
                + "(revision:kills) " + spread(killedAtStep));
    }

    private static List<String> spread(int[] killedAtStep) {
        List<String> spread = new ArrayList<>();
        for (int k = 0; k < killedAtStep.length; k++) {
            if (killedAtStep[k] > 0) {
                spread.add(k + ":" + killedAtStep[k]);
            }
        }
        return spread;
    }

    /**
     * After a killed downgrade at revision {@code at} (the version table's): m1..m{at} hold their two rows, the
     * tables above are gone; on MariaDB the step being undone (of revision at) may have run in part, and then status
     * reports it and the next downgrade refuses until it is finished by hand and stamped, as its message says.
     */
    private boolean checkDowngrade(
            DatabaseConfig db, Connection c, Path migrations, long runMillis, String context, int[] killedAtStep)
            throws Exception {
        boolean interrupted = false;
        List<String> versions = rows(c, "SELECT version_num FROM migrate_version");
        int at = versions.isEmpty() ? 0 : Integer.parseInt(versions.get(0));
        killedAtStep[at]++;
        assertTrue(versions.size() <= 1, versions + ", " + context);
        for (int k = at + 1; k <= MIGRATIONS; k++) {
            assertEquals(-1, rowsIn(c, k), "m" + k + " was downgraded, " + context);
        }
        for (int k = 1; k < at; k++) {
            assertEquals(2, rowsIn(c, k), "rows of applied m" + k + ", " + context);
        }
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations).build());
        Optional<InterruptedStep> stopped = migrate.status().interrupted();
        if (at > 0 && rowsIn(c, at) != 2 || stopped.isPresent()) {
            assertTrue(
                    ddlCommitsAsItGoes(),
                    "m" + at + " holds " + rowsIn(c, at) + " rows though the version table " + "says " + versions + ", "
                            + context);
            assertTrue(stopped.isPresent(), "status reports the interrupted step, " + context);
            assertEquals(id(at), stopped.get().revision(), context);
            assertEquals(Direction.DOWNGRADE, stopped.get().direction(), context);
            assertTrue(
                    stopped.get().describe().startsWith("The downgrade of revision " + id(at) + " started at "),
                    stopped.get().describe());
            InterruptedStepException refused =
                    assertThrows(InterruptedStepException.class, () -> migrate.downgrade("base"), context);
            String below = at == 1 ? "base" : id(at - 1);
            assertTrue(refused.remedy().runs(Command.STAMP, Remedy.assign(Setting.TARGET, below)), refused.hint());
            // resolve it as the message says: complete the statements by hand, stamp the revision below
            execute(c, "DROP TABLE IF EXISTS m" + at);
            migrate.stamp(below, false);
            assertTrue(migrate.status().interrupted().isEmpty(), "resolved by the stamp, " + context);
            interrupted = true;
            at--;
        }

        long started = System.nanoTime();
        RunResult rerun = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> migrate.downgrade("base"), context);
        assertEquals(at, rerun.steps().size(), context);
        assertTrue(
                (System.nanoTime() - started) / 1_000_000 < runMillis + 10_000,
                "the rerun did not wait for a " + "lock, " + context);
        assertEquals(List.of(), rows(c, "SELECT version_num FROM migrate_version"), context);
        for (int k = 1; k <= MIGRATIONS; k++) {
            assertEquals(-1, rowsIn(c, k), "m" + k + " after the rerun, " + context);
        }
        List<String> downgrades = new ArrayList<>();
        for (String row : rows(c, "SELECT action, revision FROM migrate_version_history ORDER BY id")) {
            if (row.startsWith("downgrade ")) {
                downgrades.add(row.substring("downgrade ".length()));
            }
        }
        assertEquals(
                new java.util.HashSet<>(downgrades).size(),
                downgrades.size(),
                "each migration downgraded at " + "most once, " + context + ": " + downgrades);
        assertTrue(
                downgrades.size() >= MIGRATIONS - (interrupted ? 1 : 0),
                "every other migration downgraded, " + context + ": " + downgrades);
        return interrupted;
    }

    /** The checks after a killed upgrade, then the rerun; whether the kill left an interrupted step. */
    private boolean check(
            DatabaseConfig db, Connection c, Path migrations, long runMillis, String context, int[] killedAtStep)
            throws Exception {
        boolean interrupted = false;
        List<String> history = rows(c, "SELECT action, revision FROM migrate_version_history ORDER BY id");
        List<String> versions = rows(c, "SELECT version_num FROM migrate_version");
        int at = versions.isEmpty() ? 0 : Integer.parseInt(versions.get(0));
        killedAtStep[at]++;
        assertTrue(versions.size() <= 1, versions + ", " + context);
        for (int k = 1; k <= at; k++) {
            assertEquals(2, rowsIn(c, k), "rows of applied m" + k + ", " + context);
        }
        for (int k = at + 2; k <= MIGRATIONS; k++) {
            assertEquals(-1, rowsIn(c, k), "m" + k + " is not applied, " + context);
        }
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations).build());
        Optional<InterruptedStep> stopped = migrate.status().interrupted();
        if (at < MIGRATIONS && rowsIn(c, at + 1) != -1 || stopped.isPresent()) {
            // only where DDL commits as it goes, and then status says so and upgrade refuses
            assertTrue(
                    ddlCommitsAsItGoes(),
                    "m" + (at + 1) + " exists though the version table says " + versions + ", " + context);
            assertTrue(stopped.isPresent(), "status reports the interrupted step, " + context + ": " + history);
            assertEquals(id(at + 1), stopped.get().revision(), context);
            assertEquals(Direction.UPGRADE, stopped.get().direction(), context);
            String lines = "lines 6 to " + ((at + 1) % 5 == 0 ? 9 : 8) + " of " + id(at + 1) + ".sql";
            assertTrue(
                    stopped.get().describe().startsWith("The upgrade of revision " + id(at + 1) + " started at ")
                            && stopped.get()
                                    .describe()
                                    .endsWith(" did not finish: the process "
                                            + "running it stopped, so some of its statements (" + lines
                                            + ") may have run and been "
                                            + "committed"),
                    stopped.get().describe());
            InterruptedStepException refused =
                    assertThrows(InterruptedStepException.class, () -> migrate.upgrade("head"), context);
            assertTrue(
                    refused.remedy().runs(Command.STAMP, Remedy.assign(Setting.TARGET, id(at + 1)))
                            && refused.remedy()
                                    .runs(Command.STAMP, Remedy.assign(Setting.TARGET, at == 0 ? "base" : id(at))),
                    refused.hint());
            // resolve it as the message says: undo the statements that ran, stamp the revision before
            execute(c, "DROP TABLE IF EXISTS m" + (at + 1));
            migrate.stamp(at == 0 ? "base" : id(at), false);
            Status status = migrate.status();
            assertTrue(status.interrupted().isEmpty(), "resolved by the stamp, " + context);
            interrupted = true;
        }

        // the lock is free: a new run starts at once and completes the upgrade
        long started = System.nanoTime();
        RunResult rerun = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> migrate.upgrade("head"), context);
        assertEquals(MIGRATIONS - at, rerun.steps().size(), context);
        assertTrue(
                (System.nanoTime() - started) / 1_000_000 < runMillis + 10_000,
                "the rerun did not wait for a " + "lock, " + context);
        assertEquals(List.of(id(MIGRATIONS)), rows(c, "SELECT version_num FROM migrate_version"), context);
        for (int k = 1; k <= MIGRATIONS; k++) {
            assertEquals(2, rowsIn(c, k), "rows of m" + k + " after the rerun, " + context);
        }
        List<String> upgrades = new ArrayList<>();
        for (String row : rows(c, "SELECT action, revision FROM migrate_version_history ORDER BY id")) {
            if (row.startsWith("upgrade ")) {
                upgrades.add(row.substring("upgrade ".length()));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int k = 1; k <= MIGRATIONS; k++) {
            expected.add(id(k));
        }
        assertEquals(expected, upgrades, "each migration upgraded once, " + context);
        return interrupted;
    }

    private static Connection connect(DatabaseConfig db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** Rows as their columns joined by a space; none when the table is missing. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(rs.getString(1));
                    for (int k = 2; k <= columns; k++) {
                        row.append(' ').append(rs.getString(k));
                    }
                    out.add(row.toString());
                }
            } catch (SQLException e) {
                if (!tableMissing(e)) {
                    throw e;
                }
            }
        }
        return out;
    }

    private static boolean tableMissing(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("no such table") || m.contains("does not exist") || m.contains("doesn't exist");
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The rows of m{k}, or -1 when there is no such table. */
    static int rowsIn(Connection c, int k) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM m" + k)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (tableMissing(e)) {
                return -1;
            }
            throw e;
        }
    }
}
