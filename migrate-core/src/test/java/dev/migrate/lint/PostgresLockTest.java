package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the PostgreSQL rules warn about, shown on the server: a plain CREATE INDEX, SET NOT NULL and an added CHECK
 * block a writer until they commit; CREATE INDEX CONCURRENTLY and NOT VALID do not; a volatile default rewrites
 * the table (its file changes) where a constant one does not.
 */
@Tag("server")
class PostgresLockTest {
    @Test
    void theStatementsTheRulesFindBlockWritersAndTheSafeFormsDoNot() throws SQLException {
        DatabaseConfig db = TestServers.freshPostgres("migrate_lint_locks");
        TestServers.execute(
                db,
                "CREATE TABLE todo (id INT PRIMARY KEY, title TEXT, n INT)",
                "INSERT INTO todo SELECT g, 't' || g, g FROM generate_series(1, 1000) g");
        assertBlocksWriters(db, "CREATE INDEX ix_plain ON todo (title)", true);
        assertBlocksWriters(db, "ALTER TABLE todo ALTER COLUMN title SET NOT NULL", true);
        assertBlocksWriters(db, "ALTER TABLE todo ADD CONSTRAINT c_plain CHECK (n > 0)", true);
        assertBlocksWriters(db, "ALTER TABLE todo ADD CONSTRAINT c_nv CHECK (n > 0) NOT VALID", true);
        // NOT VALID still takes its lock, but only for an instant: once committed, VALIDATE lets writers in
        assertBlocksWriters(db, "ALTER TABLE todo VALIDATE CONSTRAINT c_nv", false);

        String before = fileOf(db);
        TestServers.execute(db, "ALTER TABLE todo ADD COLUMN at TIMESTAMPTZ DEFAULT now()");
        assertEquals(before, fileOf(db), "a stable default is stored once, not written into every row");
        TestServers.execute(db, "ALTER TABLE todo ADD COLUMN r DOUBLE PRECISION DEFAULT random()");
        org.junit.jupiter.api.Assertions.assertNotEquals(before, fileOf(db), "a volatile default rewrites the table");
    }

    /** Runs {@code ddl} in an open transaction and tries an INSERT from another session with a short lock_timeout. */
    private static void assertBlocksWriters(DatabaseConfig db, String ddl, boolean blocks) throws SQLException {
        Database database = new Database(db);
        try (Connection migration = database.open();
                Connection app = database.open()) {
            migration.setAutoCommit(false);
            try (Statement s = migration.createStatement()) {
                s.execute(ddl);
            }
            try (Statement w = app.createStatement()) {
                w.execute("SET lock_timeout = '300ms'");
                if (blocks) {
                    SQLException e = assertThrows(
                            SQLException.class, () -> w.execute("INSERT INTO todo (id, title, n) VALUES (-1, 'x', 1)"));
                    assertEquals("55P03", e.getSQLState(), ddl + ": " + e.getMessage()); // lock_not_available
                } else {
                    w.execute("INSERT INTO todo (id, title, n) VALUES (-1, 'x', 1)");
                    w.execute("DELETE FROM todo WHERE id = -1");
                }
            }
            migration.commit();
        }
    }

    private static String fileOf(DatabaseConfig db) {
        return TestServers.rows(db, "SELECT pg_relation_filenode('todo')").get(0);
    }
}
