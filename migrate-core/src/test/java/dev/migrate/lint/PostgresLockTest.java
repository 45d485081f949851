package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Dialects;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the PostgreSQL rules warn about, shown on the server: a plain CREATE INDEX, SET NOT NULL and an added CHECK
 * block a writer until they commit; CREATE INDEX CONCURRENTLY and NOT VALID do not; a volatile default rewrites
 * the table (its file changes) where a constant one does not, and so does a type change the linter reports, where a
 * widening varchar, varchar to text or a wider numeric do not.
 */
@Tag("server")
class PostgresLockTest {
    @TempDir
    Path dir;

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

    @Test
    void aTypeChangeRewritesTheTableWhereTheLinterSaysSo() {
        DatabaseConfig db = TestServers.freshPostgres("migrate_lint_types");
        TestServers.execute(db, "CREATE EXTENSION IF NOT EXISTS citext");
        String create = "CREATE TABLE todo (id INT PRIMARY KEY, title VARCHAR(100), n INT, price NUMERIC(10, 2),"
                + " login CITEXT, at TIMESTAMP)";
        Map<String, Boolean> rewrites = new LinkedHashMap<>();
        rewrites.put("ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(200)", false);
        rewrites.put("ALTER TABLE todo ALTER COLUMN title TYPE TEXT", false);
        rewrites.put("ALTER TABLE todo ALTER COLUMN price TYPE NUMERIC(14, 2)", false);
        rewrites.put("ALTER TABLE todo ALTER COLUMN login TYPE TEXT", false);
        rewrites.put("ALTER TABLE todo ALTER COLUMN title TYPE CITEXT", false);
        rewrites.put("ALTER TABLE todo ALTER COLUMN n TYPE BIGINT", true);
        rewrites.put("ALTER TABLE todo ALTER COLUMN at TYPE TIMESTAMPTZ", true);
        rewrites.put("ALTER TABLE todo ALTER COLUMN price TYPE NUMERIC(12, 4)", true);
        rewrites.put("ALTER TABLE todo ALTER COLUMN title TYPE TEXT USING lower(title)", true);
        for (Map.Entry<String, Boolean> r : rewrites.entrySet()) {
            TestServers.execute(
                    db,
                    "DROP TABLE IF EXISTS todo",
                    create,
                    "INSERT INTO todo SELECT g, 't' || g, g, g, 'u' || g, now() FROM generate_series(1, 1000) g");
            String before = fileOf(db);
            // in UTC, PostgreSQL 12+ turns timestamp into timestamptz without a rewrite; elsewhere it rewrites
            TestServers.execute(db, "SET TimeZone = 'Europe/Berlin'", r.getKey());
            assertEquals(r.getValue(), !before.equals(fileOf(db)), r.getKey() + ": the server");
            List<String> found = new LintFixture(dir, Dialects.forUrl(db.url()))
                    .after(create + ";", "SET lock_timeout = '5s';\n" + r.getKey() + ";");
            assertEquals(r.getValue(), found.contains("rewriting-type-change"), r.getKey() + ": the linter " + found);
        }
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
