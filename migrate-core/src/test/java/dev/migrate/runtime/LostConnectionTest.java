package dev.migrate.runtime;

import static dev.migrate.servers.TestServers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A migration whose connection dies under it (the server ends the session) or whose database fills up: the
 * failure names the script, the statement's line and the database's own error, and says what state the database is
 * in. Before, the failed rollback's error replaced the real one: "Cannot update the version table ...: This
 * connection has been closed" (PostgreSQL), "cannot rollback - no transaction is active" (a full SQLite database).
 */
@Tag("server")
class LostConnectionTest {
    @TempDir
    Path dir;

    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    private Migrate migrate(DatabaseConfig db) {
        return new Migrate(Fixtures.config(db, dir).build());
    }

    /** r1 creates a; r2 creates b, then runs {@code killer} on line 8 of its file, then would create c. */
    private void scripts(String killer) {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .up("CREATE TABLE a (id INTEGER);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER);\n" + killer + ";\nCREATE TABLE c (id INTEGER);")
                .down("DROP TABLE c;\nDROP TABLE b;")
                .write();
    }

    private String r2() {
        return dir.resolve("migrations").resolve("r2.sql").toString();
    }

    @Test
    void postgresSessionEndedByTheServerIsReportedWithTheScriptAndRolledBack() {
        String name = "it12lost_pg";
        DatabaseConfig db = TestServers.freshPostgres(name);
        cleanups.add(
                () -> TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        scripts("SELECT pg_terminate_backend(pg_backend_pid())");

        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate(db).upgrade("head"));
        assertTrue(
                e.getMessage()
                        .startsWith("Upgrade of revision r2 (mr2) failed at " + r2() + ":8: FATAL: "
                                + "terminating connection due to administrator command"),
                e.getMessage());
        assertTrue(e.getMessage().contains("SELECT pg_terminate_backend(pg_backend_pid())"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "Rolled back: the connection to the database was lost, and the server "
                                        + "rolls back the open transaction of a session that ends, so the database is as it was, at r1."),
                e.getMessage());

        assertEquals(
                List.of("a", "migrate_version", "migrate_version_history"),
                rows(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        assertEquals(Set.of("r1"), migrate(db).current());
        assertTrue(migrate(db).status().interrupted().isEmpty());
    }

    @Test
    void mariadbConnectionKilledPartWayIsReportedAsAnInterruptedStep() {
        String name = "it12lost_maria";
        DatabaseConfig db = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        scripts("KILL CONNECTION_ID()");

        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate(db).upgrade("head"));
        assertTrue(
                e.getMessage().startsWith("Upgrade of revision r2 (mr2) failed at " + r2() + ":8: "), e.getMessage());
        assertTrue(e.getMessage().contains("Connection was killed"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "Part-way: the connection to the database was lost, so migrate could "
                                        + "not record how far the step got: its first 1 statement(s) (lines 7 to 7) ran and stay, the one at "
                                        + "line 8 may have run too, the version table still says r1, and the step shows as interrupted."),
                e.getMessage());

        // the database as the message says: b stays, c was never created, and the step is reported
        assertEquals(
                List.of("a", "b", "migrate_version", "migrate_version_history"),
                rows(
                        db,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1"));
        assertEquals(Set.of("r1"), migrate(db).current());
        InterruptedStep stopped = migrate(db).status().interrupted().orElseThrow();
        assertEquals("r2", stopped.revision());
        MigrateException refused =
                assertThrows(MigrateException.class, () -> migrate(db).upgrade("head"));
        assertTrue(refused.getMessage().contains("r2"), refused.getMessage());
    }

    /**
     * A database that cannot grow (max_page_count stands in for a full disk: SQLite reports the same
     * SQLITE_FULL) rolls the transaction back by itself, so the rollback that follows finds none.
     */
    @Test
    void sqliteFullDatabaseIsReportedWithTheScriptAndRolledBack() {
        Path file = dir.resolve("app.db");
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + file, null, null);
        scripts("PRAGMA max_page_count = 1;\nWITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n "
                + "WHERE k < 100000) INSERT INTO a SELECT k FROM n");

        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate(db).upgrade("head"));
        assertTrue(
                e.getMessage().startsWith("Upgrade of revision r2 (mr2) failed at " + r2() + ":9: "), e.getMessage());
        assertTrue(e.getMessage().contains("database or disk is full"), e.getMessage());
        assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Rolled back: the database is as it was, at r1."), e.getMessage());
        assertEquals(List.of("a"), Fixtures.userObjects(file));
        assertEquals(List.of("0"), Fixtures.rows(file, "SELECT count(*) FROM a"));
        assertEquals(Set.of("r1"), migrate(db).current());
    }

    /**
     * The statements ran, but the version table refused the step's bookkeeping (here a trigger on the history
     * table). Before: "Cannot update the version table ...: history is frozen", naming no script.
     */
    @Test
    void aStepWhoseBookkeepingFailsIsNamedAndRolledBack() {
        Path file = dir.resolve("app.db");
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + file, null, null);
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .up("CREATE TABLE a (id INTEGER);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER);\nCREATE TRIGGER frozen BEFORE INSERT ON migrate_version_history "
                        + "BEGIN SELECT RAISE(ABORT, 'history is frozen'); END;")
                .down("DROP TRIGGER frozen;\nDROP TABLE b;")
                .write();

        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate(db).upgrade("head"));
        assertEquals(
                "Upgrade of revision r2 (mr2) (" + r2() + ") ran, but recording it in the version table of "
                        + "jdbc:sqlite:" + file
                        + " failed: batch entry 1: [SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a "
                        + "trigger fired, causing the SQL statement to abort (history is frozen)"
                        + System.lineSeparator()
                        + "Rolled back: the database is as it was, at r1.",
                e.getMessage());
        assertEquals(List.of("a"), Fixtures.userObjects(file));
        assertEquals(Set.of("r1"), migrate(db).current());
    }
}
