package dev.migrate;

import static dev.migrate.Fixtures.history;
import static dev.migrate.Fixtures.rows;
import static dev.migrate.Fixtures.userObjects;
import static dev.migrate.Fixtures.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.base.MigrateException;
import dev.migrate.graph.TargetException;
import dev.migrate.runtime.HistoryRow;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** migrate:stamp sets the version table without running any script. */
class MigrateStampTest {
    @TempDir
    Path dir;

    private Path migrations;
    private Path db;

    @BeforeEach
    void threeScripts() {
        migrations = dir.resolve("migrations");
        db = dir.resolve("app.db");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE b;")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .created("2026-11-24T15:00:03Z")
                .up("CREATE TABLE c (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE c;")
                .write();
    }

    private Migrate migrate() {
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work")).build());
    }

    @Test
    void stampHeadOfAFreshDatabaseRunsNothing() {
        RunResult result = migrate().stamp("head", false);
        assertEquals(List.of(), result.steps());
        assertEquals(Set.of(), result.headsBefore());
        assertEquals(Set.of("r3"), result.headsAfter());
        assertEquals(List.of(), userObjects(db));
        assertEquals(List.of("r3"), versionRows(db));
        assertEquals(
                List.of("r3|stamp|null|null"),
                rows(db, "SELECT revision, action, checksum, duration_ms FROM migrate_version_history"));
        assertEquals(List.of(), migrate().upgrade("head").steps(), "everything counts as applied");
        assertEquals(3, migrate().status().count(Status.State.APPLIED));
    }

    @Test
    void stampDownAndToBaseKeepsTheSchema() {
        migrate().upgrade("head");
        migrate().stamp("r1", false);
        assertEquals(List.of("r1"), versionRows(db));
        assertEquals(List.of("a", "b", "c"), userObjects(db));
        migrate().stamp("base", false);
        assertEquals(List.of(), versionRows(db));
        assertEquals(List.of("a", "b", "c"), userObjects(db));
        assertEquals(List.of("upgrade r1", "upgrade r2", "upgrade r3", "stamp r1", "stamp base"), history(db));
    }

    @Test
    void stampRelativeToTheCurrentRevision() {
        migrate().upgrade("r1");
        migrate().stamp("+1", false);
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of("a"), userObjects(db));
    }

    @Test
    void purgeReplacesARevisionNoScriptDeclares() {
        migrate().upgrade("r2");
        Fixtures.execute(db, "INSERT INTO migrate_version VALUES ('gone01')");
        MigrateException refused =
                assertThrows(MigrateException.class, () -> migrate().stamp("r2", false));
        assertEquals("The database is at revision gone01, which no script declares", refused.getMessage());

        RunResult result = migrate().stamp("r2", true);
        assertEquals(Set.of("gone01", "r2"), result.headsBefore());
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of(), migrate().upgrade("r2").steps());
        assertEquals(
                List.of("upgrade r3"),
                migrate().upgrade("head").steps().stream()
                        .map(s -> s.direction().word() + " " + s.id())
                        .toList());
    }

    @Test
    void stampNeedsATarget() {
        TargetException e = assertThrows(TargetException.class, () -> migrate().stamp(null, false));
        assertEquals("No target given", e.getMessage());
    }

    /**
     * BUG: VersionTable.readHistory calls rs.wasNull() after reading applied_at (column 6), not duration_ms (column
     * 7), so a history row whose duration_ms is NULL (stamps, accepted edits) reads back with a duration of 0.
     */
    @Test
    void historyRowsOfStampsHaveNoDuration() {
        migrate().upgrade("r1");
        migrate().stamp("r2", false);
        assertEquals(
                List.of("upgrade|integer", "stamp|null"),
                rows(db, "SELECT action, typeof(duration_ms) FROM migrate_version_history ORDER BY id"));
        List<HistoryRow> read = migrate().inspect().history();
        assertEquals(
                List.of("upgrade", "stamp"),
                read.stream().map(HistoryRow::action).toList());
        assertNotNull(read.get(0).durationMs());
        assertNull(read.get(1).durationMs(), "duration_ms is NULL in the table: " + read.get(1));
    }
}
