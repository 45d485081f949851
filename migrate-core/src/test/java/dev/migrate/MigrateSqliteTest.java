package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.sqlite.SqliteDialect;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.graph.TargetException;
import dev.migrate.runtime.EditedScriptException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.RevisionRequest;
import dev.migrate.testing.TestReport;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The engine's commands against real SQLite files. */
class MigrateSqliteTest {
    @TempDir
    Path dir;

    private Path migrations() throws IOException {
        return Files.createDirectories(dir.resolve("migrations"));
    }

    private Path db() {
        return dir.resolve("app.db");
    }

    private Migrate migrate(TransactionMode mode) throws IOException {
        return new Migrate(MigrateConfig.builder(new DatabaseConfig("jdbc:sqlite:" + db(), null, null), migrations())
                .transactionMode(mode)
                .workDirectory(dir.resolve("work"))
                .clock(Clock.fixed(Instant.parse("2026-11-24T15:32:10Z"), ZoneOffset.UTC))
                .build());
    }

    private Migrate migrate() throws IOException {
        return migrate(TransactionMode.EACH);
    }

    private void script(String id, String parent, String up, String down) throws IOException {
        Files.writeString(
                migrations().resolve(id + ".sql"),
                "-- revision: " + id + "\n-- revises: " + parent
                        + "\n-- message: m" + id + "\n-- created: 2026-11-24T15:00:0" + id.charAt(id.length() - 1)
                        + "Z\n\n-- migrate:upgrade\n" + up + "\n-- migrate:downgrade\n" + down + "\n",
                StandardCharsets.UTF_8);
    }

    private void three() throws IOException {
        script("r1", "", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
        script("r2", "r1", "CREATE TABLE b (id INTEGER PRIMARY KEY);\nINSERT INTO b VALUES (1);", "DROP TABLE b;");
        script("r3", "r2", "CREATE INDEX ix_b ON b (id);", "DROP INDEX ix_b;");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private List<String> objects() throws SQLException {
        return rows("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'migrate_%' "
                + "ORDER BY name");
    }

    @Test
    void runsLeaveTheDatabaseInItsOwnJournalModeWithNoJournalFileBehind() throws Exception {
        three();
        migrate().upgrade("head");
        migrate().downgrade("base");
        assertEquals(List.of("delete"), rows("PRAGMA journal_mode"));
        assertFalse(Files.exists(dir.resolve("app.db-journal")), "no journal file left beside the database");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); // the user's choice, stored in the file
        }
        migrate().upgrade("head");
        assertEquals(List.of("wal"), rows("PRAGMA journal_mode"), "a WAL database stays WAL");
    }

    @Test
    void upgradeDowngradeAndHistory() throws Exception {
        three();
        assertEquals(3, migrate().upgrade("head").steps().size());
        assertEquals(List.of("a", "b", "ix_b"), objects());
        assertEquals(List.of("r3"), rows("SELECT version_num FROM migrate_version"));
        assertEquals(
                List.of("upgrade r1", "upgrade r2", "upgrade r3"),
                rows("SELECT action || ' ' || revision FROM migrate_version_history ORDER BY id"));

        migrate().downgrade("-1");
        assertEquals(List.of("a", "b"), objects());
        assertEquals(List.of("r2"), rows("SELECT version_num FROM migrate_version"));
        migrate().downgrade("r1");
        assertEquals(List.of("a"), objects());
        migrate().upgrade("+1");
        assertEquals(List.of("r2"), rows("SELECT version_num FROM migrate_version"));
        migrate().downgrade("base");
        assertEquals(List.of(), objects());
        assertEquals(List.of(), rows("SELECT version_num FROM migrate_version"));
        assertEquals(Set.of(), migrate().current());
    }

    @Test
    void failingStatementRollsBackItsMigrationOnly() throws Exception {
        script("r1", "", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
        script(
                "r2",
                "r1",
                "CREATE TABLE b (id INT);\nINSERT INTO b VALUES (1);\nINSERT INTO nope VALUES (1);",
                "DROP TABLE b;");
        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        assertTrue(e.getMessage().contains("r2.sql:9: "), e.getMessage());
        assertTrue(e.getMessage().contains("no such table: nope"), e.getMessage());
        assertTrue(e.getMessage().contains("Rolled back: the database is as it was, at r1."), e.getMessage());
        assertEquals(List.of("a"), objects());
        assertEquals(List.of("r1"), rows("SELECT version_num FROM migrate_version"));
    }

    @Test
    void singleTransactionKeepsNothingOnFailure() throws Exception {
        script("r1", "", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
        script("r2", "r1", "INSERT INTO nope VALUES (1);", "");
        assertThrows(
                MigrationFailedException.class,
                () -> migrate(TransactionMode.ALL).upgrade("head"));
        assertEquals(List.of(), objects());
        assertEquals(List.of(), rows("SELECT version_num FROM migrate_version"));
    }

    @Test
    void editedScriptIsFlaggedRefusedAndAccepted() throws Exception {
        three();
        migrate().upgrade("r2");
        Path file = migrations().resolve("r2.sql");
        Files.writeString(file, Files.readString(file).replace("VALUES (1)", "VALUES (2)"));
        assertEquals(Status.State.EDITED, migrate().status().revisions().get(1).state());
        EditedScriptException e =
                assertThrows(EditedScriptException.class, () -> migrate().upgrade("head"));
        assertTrue(e.getMessage().contains(file + " (revision r2)"), e.getMessage());
        assertTrue(e.remedy().runs(Command.STAMP, Remedy.assign(Setting.ACCEPT, "r2")), e.hint());
        assertEquals(List.of("a", "b"), objects());
        migrate().accept("r2");
        assertEquals(1, migrate().upgrade("head").steps().size());
        assertEquals(0, migrate().status().count(Status.State.EDITED));
    }

    @Test
    void unknownRevisionInTheDatabaseIsExplained() throws Exception {
        three();
        migrate().upgrade("head");
        Files.delete(migrations().resolve("r3.sql"));
        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate().upgrade("head"));
        assertEquals("The database is at revision r3, which no script declares", e.getMessage());
        assertEquals(Set.of("r3"), migrate().status().unknown());
        migrate().stamp("r2", true);
        assertEquals(List.of("r2"), rows("SELECT version_num FROM migrate_version"));
        assertEquals(List.of("a", "b", "ix_b"), objects(), "stamp runs no script");
    }

    @Test
    void offlineSqlNeedsNoDatabase() throws Exception {
        three();
        String sql = migrate().upgradeSql("head");
        assertFalse(Files.exists(db()));
        assertTrue(sql.contains("CREATE TABLE IF NOT EXISTS migrate_version "), sql);
        assertTrue(
                sql.contains("BEGIN;\nCREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                        + "INSERT INTO migrate_version (version_num) VALUES ('r1');\n"),
                sql);
        String range = migrate().upgradeSql("r2:r3");
        assertFalse(range.contains("CREATE TABLE IF NOT EXISTS"), range);
        assertTrue(
                range.contains("CREATE INDEX ix_b ON b (id);\n"
                        + "UPDATE migrate_version SET version_num = 'r3' WHERE version_num = 'r2';\n"),
                range);
        String down = migrate().downgradeSql("r3:r1");
        assertTrue(down.indexOf("DROP INDEX ix_b;") < down.indexOf("DROP TABLE b;"), down);
        assertFalse(down.contains("DROP TABLE a;"), down);
    }

    @Test
    void revisionsChainOnTheHeadAndMergeJoinsHeads() throws Exception {
        Path first = migrate()
                .revision(RevisionRequest.of("Create todos!").withBody("CREATE TABLE t (x INT);", "DROP TABLE t;"));
        assertTrue(
                first.getFileName().toString().matches("20261124_153210_[0-9a-f]{12}_create_todos\\.sql"),
                first.toString());
        String id = migrate().heads().get(0);
        Path second = migrate().revision(new RevisionRequest("two", "head", Set.of(), List.of(), "abc", true, "", ""));
        assertTrue(
                Files.readString(second)
                        .startsWith("-- revision: abc\n-- revises: " + id + "\n-- message: two\n"
                                + "-- created: 2026-11-24T15:32:10Z\n\n-- migrate:upgrade\n"),
                Files.readString(second));
        migrate().revision(new RevisionRequest("side", id, Set.of(), List.of(), "side", true, "", ""));
        assertEquals(2, migrate().heads().size());
        assertThrows(TargetException.class, () -> migrate().upgrade("head"));
        Path merge = migrate().merge("join", null);
        assertTrue(Files.readString(merge).contains("-- revises: abc, side\n"), Files.readString(merge));
        assertEquals(1, migrate().heads().size());
        assertThrows(TargetException.class, () -> migrate().merge("again", null));
        assertEquals(4, migrate().upgrade("head").steps().size());
    }

    @Test
    void testCommandPassesGoodScriptsAndCatchesLeakyDowngrades() throws Exception {
        three();
        TestReport good = migrate().test();
        assertTrue(good.passed());
        assertEquals(3, good.revisions().size());
        assertFalse(Files.exists(db()), "migrate:test never touches the configured database");

        script("r4", "r3", "CREATE INDEX ix_a ON a (id);", "SELECT 1;");
        TestReport bad = migrate().test();
        assertFalse(bad.passed());
        String problem = bad.revisions().get(3).problems().get(0);
        assertTrue(problem.startsWith("downgrade did not restore the schema"), problem);
        assertTrue(problem.contains("  alter table a:\n    drop index ix_a"), problem);
    }

    @Test
    void scratchDatabasesSkipTheSyncsThatOnlyADatabaseToKeepNeeds() throws Exception {
        try (ScratchDatabase scratch = new SqliteDialect()
                        .createScratch(new DatabaseConfig("jdbc:sqlite:" + db(), null, null), dir.resolve("work"));
                Connection c = new Database(scratch.config()).open();
                Statement s = c.createStatement()) {
            assertEquals("0", query(s, "PRAGMA synchronous"), "synchronous = OFF");
            assertEquals("memory", query(s, "PRAGMA journal_mode"));
        }
        try (Connection c = new Database(new DatabaseConfig("jdbc:sqlite:" + db(), null, null)).open();
                Statement s = c.createStatement()) {
            assertEquals("2", query(s, "PRAGMA synchronous"), "the configured database keeps FULL");
        }
    }

    private static String query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    @Test
    void compareBuildsBothSchemasAtOnceReportsTheFailingOneAndLeavesNoScratchBehind() throws Exception {
        script("1", "", "CREATE TABLE a (id INTEGER);", "DROP TABLE a;");
        Path good = Files.writeString(
                dir.resolve("good.sql"), "CREATE TABLE a (id INTEGER);\nCREATE TABLE c (id INTEGER);\n");
        Path bad = Files.writeString(
                dir.resolve("bad.sql"), "CREATE TABLE b (id INTEGER);\nCREATE TABLE b (id INTEGER);\n");

        SchemaComparison c = migrate().compare(new SqlSchemaSource(List.of(good), dir), false);
        assertEquals(
                "[create table c]",
                c.operations().stream().map(o -> o.describe()).toList().toString());
        assertEquals(List.of(), scratchFiles());

        MigrateException modelFails = assertThrows(
                MigrateException.class, () -> migrate().compare(new SqlSchemaSource(List.of(bad), dir), false));
        assertTrue(
                modelFails.getMessage().startsWith("bad.sql:2: the schema source fails on sqlite: "),
                modelFails.getMessage());
        assertEquals(List.of(), scratchFiles());

        script("2", "1", "CREATE TABLE a (id INTEGER);", "SELECT 1;");
        MigrationFailedException migrationsFail = assertThrows(
                MigrationFailedException.class,
                () -> migrate().compare(new SqlSchemaSource(List.of(good), dir), false));
        assertTrue(migrationsFail.getMessage().contains("table a already exists"), migrationsFail.getMessage());
        assertEquals(List.of(), scratchFiles());
        assertFalse(Files.exists(db()), "the configured database is not needed");
    }

    private List<String> scratchFiles() throws IOException {
        try (var files = Files.list(dir.resolve("work"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
