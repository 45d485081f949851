package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The upgrade preview starts where the database is when it can be read, and says so in its first line; from base when
 * it cannot, saying why; an explicit range is previewed as given.
 */
class OfflineSqlFromDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void thePendingStepsOnlyWhenTheDatabaseCanBeRead() throws IOException {
        Migrate migrate = migrate(dir.resolve("app.db"));
        migrate.upgrade("r1");
        String sql = migrate.upgradeSql(null);
        assertEquals(
                "-- migrate upgrade r1:head, the 2 pending step(s) from the database's current revision (sqlite)",
                sql.lines().findFirst().orElseThrow());
        assertFalse(sql.contains("CREATE TABLE a"), "r1 is applied");
        assertFalse(sql.contains("CREATE TABLE IF NOT EXISTS migrate_version"), "the version tables exist");
        assertTrue(sql.contains("CREATE TABLE b (id INTEGER);") && sql.contains("CREATE INDEX ix_b ON b (id);"));
        assertEquals(List.of("r1"), List.copyOf(migrate.current()), "a preview changes nothing");
        assertTrue(migrate.upgradeSql("r2").startsWith("-- migrate upgrade r1:r2, the 1 pending step(s)"));
        // an explicit range is what was asked for
        assertTrue(migrate.upgradeSql("base:head").startsWith("-- migrate upgrade base:head (sqlite)\n"));
        assertTrue(migrate.upgradeSql("base:head").contains("CREATE TABLE a"));
    }

    @Test
    void fromBaseWhenTheDatabaseCannotBeRead() throws IOException {
        Path db = dir.resolve("garbage.db");
        Files.writeString(db, "this is not a SQLite database, but a file of text long enough to be taken for one.");
        String sql = migrate(db).upgradeSql(null);
        String first = sql.lines().findFirst().orElseThrow();
        assertTrue(
                first.startsWith("-- migrate upgrade base:head (sqlite), from base: the database could not be read ("),
                first);
        assertTrue(sql.contains("CREATE TABLE a"));
    }

    private Migrate migrate(Path db) throws IOException {
        Path migrations = dir.resolve("migrations");
        if (!Files.isDirectory(migrations)) {
            Fixtures.script(migrations, "r1")
                    .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                    .down("DROP TABLE a;")
                    .write();
            Fixtures.script(migrations, "r2")
                    .revises("r1")
                    .up("CREATE TABLE b (id INTEGER);")
                    .down("DROP TABLE b;")
                    .write();
            Fixtures.script(migrations, "r3")
                    .revises("r2")
                    .up("CREATE INDEX ix_b ON b (id);")
                    .down("DROP INDEX ix_b;")
                    .write();
        }
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work")).build());
    }
}
