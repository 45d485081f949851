package dev.migrate;

import static dev.migrate.Fixtures.history;
import static dev.migrate.Fixtures.rows;
import static dev.migrate.Fixtures.userObjects;
import static dev.migrate.Fixtures.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.runtime.EditedScriptException;
import dev.migrate.runtime.InterruptedStepException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Failing statements, transaction modes, edited scripts and a version table ahead of the scripts. */
class MigrateFailureTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path migrations;
    private Path db;
    private Path r2;
    private Path r3;

    /** r1 and r2 succeed; r3 writes to a, creates c, then fails at line 9 on a missing table. */
    @BeforeEach
    void scripts() {
        migrations = dir.resolve("migrations");
        db = dir.resolve("app.db");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);")
                .down("DROP TABLE a;")
                .write();
        r2 = Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY);\nINSERT INTO b VALUES (1);")
                .down("DROP TABLE b;\nDROP TABLE nope;")
                .write();
        r3 = Fixtures.script(migrations, "r3")
                .revises("r2")
                .created("2026-11-24T15:00:03Z")
                .up("INSERT INTO a (v) VALUES ('from r3');\nCREATE TABLE c (id INTEGER PRIMARY KEY);\n"
                        + "INSERT INTO nope VALUES (1);\nCREATE TABLE d (id INTEGER);")
                .down("DROP TABLE d;\nDROP TABLE c;")
                .write();
    }

    private Migrate migrate() {
        return migrate(TransactionMode.EACH);
    }

    private Migrate migrate(TransactionMode mode) {
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work"))
                .transactionMode(mode)
                .build());
    }

    /** Everything a failed migration must leave as it was: schema, data, version and history tables. */
    private List<String> everything() {
        List<String> all = new ArrayList<>(Fixtures.schema(db));
        for (String table : rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            all.add("rows of " + table + ":");
            all.addAll(rows(db, "SELECT * FROM " + table + " ORDER BY 1"));
        }
        return all;
    }

    @Test
    void aFailingStatementNamesTheFileAndLineAndKeepsTheEarlierMigrations() {
        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        assertTrue(e.getMessage().startsWith("Upgrade of revision r3 (mr3) failed at " + r3 + ":9: "), e.getMessage());
        assertTrue(e.getMessage().contains("no such table: nope"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(NL + "    INSERT INTO nope VALUES (1)" + NL
                                + "Rolled back: the database is as it was, at r2."),
                e.getMessage());
        assertEquals(new Statement("INSERT INTO nope VALUES (1)", 9), e.statement());
        assertEquals("r3", e.step().id());
        assertEquals(Remedy.of("Fix the statement in r3.sql and ", Remedy.RETRY, "."), e.remedy());

        assertEquals(List.of("a", "b"), userObjects(db));
        assertEquals(List.of(), rows(db, "SELECT v FROM a"), "r3's insert is rolled back");
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of("upgrade r1", "upgrade r2"), history(db));
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseExactlyAsBefore() {
        migrate().upgrade("r2");
        List<String> before = everything();
        assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        assertEquals(before, everything());
    }

    @Test
    void aFailingDowngradeNamesItsLineAndIsRolledBack() {
        migrate().upgrade("r2");
        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate().downgrade("-1"));
        assertTrue(
                e.getMessage().startsWith("Downgrade of revision r2 (mr2) failed at " + r2 + ":12: "), e.getMessage());
        assertEquals(List.of("a", "b"), userObjects(db), "the DROP TABLE b before the failure is rolled back");
        assertEquals(List.of("r2"), versionRows(db));
    }

    @Test
    void oneTransactionForTheWholeRunKeepsNothingOnFailure() {
        migrate().upgrade("r1");
        List<String> before = everything();
        MigrationFailedException e = assertThrows(
                MigrationFailedException.class,
                () -> migrate(TransactionMode.ALL).upgrade("head"));
        assertTrue(e.getMessage().endsWith("Rolled back: the database is as it was, at r1."), e.getMessage());
        assertEquals(List.of("a"), userObjects(db), "r2, which succeeded in the same run, is rolled back too");
        assertEquals(List.of("r1"), versionRows(db));
        assertEquals(before, everything());
    }

    @Test
    void oneTransactionFromBaseLeavesOnlyEmptyVersionTables() {
        assertThrows(
                MigrationFailedException.class,
                () -> migrate(TransactionMode.ALL).upgrade("head"));
        assertEquals(List.of(), userObjects(db));
        assertEquals(List.of(), versionRows(db));
        assertEquals(List.of(), history(db));
    }

    @Test
    void oneTransactionSucceedsLikeEachWhenNothingFails() throws IOException {
        Files.delete(r3);
        assertEquals(2, migrate(TransactionMode.ALL).upgrade("head").steps().size());
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of("upgrade r1", "upgrade r2"), history(db));
    }

    @Test
    void oneTransactionRefusesANonTransactionalScript() throws IOException {
        Files.delete(r3);
        Path vacuum = Fixtures.script(migrations, "r3")
                .revises("r2")
                .header("-- transactional: false")
                .up("VACUUM;")
                .down("")
                .write();
        MigrateException e = assertThrows(
                MigrateException.class, () -> migrate(TransactionMode.ALL).upgrade("head"));
        assertEquals(
                vacuum + " declares itself non-transactional, so it cannot run inside a single transaction "
                        + "for the whole run",
                e.getMessage());
        assertEquals(List.of(), userObjects(db));
        assertEquals(
                List.of(),
                rows(db, "SELECT name FROM sqlite_master WHERE name LIKE 'migrate_version%'"),
                "refused before anything was written, version tables included");
    }

    @Test
    void aNonTransactionalScriptKeepsTheStatementsBeforeItsFailure() throws IOException {
        Files.delete(r3);
        Path script = Fixtures.script(migrations, "r3")
                .revises("r2")
                .header("-- transactional: false")
                .up("CREATE TABLE c (id INTEGER);\nINSERT INTO nope VALUES (1);")
                .down("DROP TABLE c;")
                .write();
        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        assertTrue(e.getMessage().contains(script + ":9: "), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("Part-way: the script is non-transactional, so its first 1 statement(s) "
                                + "(lines 8 to 8) ran and stay, and the version table still says r2."),
                e.getMessage());
        assertEquals(List.of("a", "b", "c"), userObjects(db));
        assertEquals(List.of("r2"), versionRows(db));

        // until someone resolves it, nothing runs from that unknown state; status says why
        InterruptedStepException refused =
                assertThrows(InterruptedStepException.class, () -> migrate().upgrade("head"));
        assertEquals(
                "The upgrade of revision r3 failed at "
                        + migrate().status().interrupted().orElseThrow().at()
                        + " after its first 1 statement(s) ran and were committed (line 8 of r3.sql; the statement at line 9 "
                        + "failed). migrate does not go on from an unknown state.",
                refused.getMessage());
        assertTrue(refused.remedy().runs(Command.STAMP, Remedy.assign(Setting.TARGET, "r3")), refused.hint());
        assertEquals(1, migrate().status().interrupted().orElseThrow().statementsRun());
        assertThrows(InterruptedStepException.class, () -> migrate().downgrade("-1"));

        // the user finished the script by hand and stamps: then runs go on
        migrate().stamp("r3", false);
        assertTrue(migrate().status().interrupted().isEmpty());
        migrate().downgrade("-1");
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of("a", "b"), userObjects(db));
    }

    /**
     * BUG (found while writing KilledUpgradeTest): the remedy for an interrupted first migration is a stamp to base,
     * but a stamp to base wrote no history row, so the interrupted step stayed the history's last word and upgrade
     * kept refusing.
     */
    @Test
    void anInterruptedFirstMigrationIsResolvedByAStampToBase() throws IOException {
        for (Path p : List.of(r3, r2, migrations.resolve("r1.sql"))) {
            Files.delete(p);
        }
        Fixtures.script(migrations, "r1")
                .header("-- transactional: false")
                .up("CREATE TABLE a (id INTEGER);\nINSERT INTO nope VALUES (1);")
                .down("DROP TABLE a;")
                .write();
        assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        InterruptedStepException refused =
                assertThrows(InterruptedStepException.class, () -> migrate().upgrade("head"));
        assertTrue(refused.remedy().runs(Command.STAMP, Remedy.assign(Setting.TARGET, "base")), refused.hint());

        Fixtures.execute(db, "DROP TABLE a");
        migrate().stamp("base", false);
        assertTrue(migrate().status().interrupted().isEmpty(), history(db).toString());
        assertEquals(List.of(), versionRows(db));
        Fixtures.script(migrations, "r1")
                .header("-- transactional: false")
                .up("CREATE TABLE a (id INTEGER);")
                .down("DROP TABLE a;")
                .write();
        migrate().upgrade("head");
        assertEquals(List.of("r1"), versionRows(db));
    }

    /**
     * BUG (found while writing KilledUpgradeTest): the two version tables are created one after the other; a run
     * killed between the two left the version table without its history table, and since only the first was
     * checked, every later run failed on the missing history table.
     */
    @Test
    void aRunKilledBetweenCreatingTheTwoVersionTablesIsCompletedByTheNext() {
        Fixtures.execute(db, "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
        migrate().upgrade("r2");
        assertEquals(List.of("r2"), versionRows(db));
        assertEquals(List.of("upgrade r1", "upgrade r2"), history(db));
    }

    /**
     * BUG (found by the bad-input corpus ITs): a run that failed on its target, or had nothing to do, had already
     * created the database file and the version tables.
     */
    @Test
    void aRunThatFailsBeforeItsFirstStepLeavesTheDatabaseAsItWas() {
        assertThrows(dev.migrate.graph.TargetException.class, () -> migrate().upgrade("nope"));
        assertThrows(dev.migrate.graph.TargetException.class, () -> migrate().downgrade("-1"));
        assertEquals(List.of(), migrate().downgrade("base").steps());
        assertTrue(!Files.exists(db), "no database file");

        Fixtures.execute(db, "CREATE TABLE app (id INTEGER)");
        assertThrows(dev.migrate.graph.TargetException.class, () -> migrate().upgrade("+9"));
        assertThrows(dev.migrate.graph.TargetException.class, () -> migrate().downgrade("-1"));
        assertEquals(List.of(), migrate().downgrade("base").steps());
        assertEquals(List.of("app"), userObjects(db));
        assertEquals(
                List.of(),
                rows(db, "SELECT name FROM sqlite_master WHERE name LIKE 'migrate_version%'"),
                "no version tables");
    }

    /**
     * BUG (found by the bad-input corpus ITs): a SQLite file locked by another program, or in a directory that does not
     * exist, was reported with the advice to check the user and password and that the server is running.
     */
    @Test
    void aLockedOrUnopenableSqliteFileIsExplainedAsSuch() throws Exception {
        migrate().upgrade("r1");
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            Migrate busy = new Migrate(MigrateConfig.builder(
                            new dev.migrate.dialect.DatabaseConfig(
                                    "jdbc:sqlite:" + db + "?busy_timeout=200", null, null),
                            migrations)
                    .workDirectory(dir.resolve("work"))
                    .build());
            long start = System.nanoTime();
            dev.migrate.dialect.DatabaseException e =
                    assertThrows(dev.migrate.dialect.DatabaseException.class, () -> busy.upgrade("head"));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "busy_timeout from the URL");
            assertTrue(e.getMessage().contains("database is locked"), e.getMessage());
            assertTrue(e.hint().startsWith("Another program holds a lock on the database file"), e.hint());
            s.execute("ROLLBACK");
        }
        Migrate nowhere = new Migrate(MigrateConfig.builder(
                        new dev.migrate.dialect.DatabaseConfig(
                                "jdbc:sqlite:" + dir.resolve("no/such/dir/app.db"), null, null),
                        migrations)
                .workDirectory(dir.resolve("work"))
                .build());
        dev.migrate.dialect.DatabaseException e =
                assertThrows(dev.migrate.dialect.DatabaseException.class, () -> nowhere.upgrade("head"));
        assertTrue(
                e.hint().startsWith("Check DatabaseConfig.url: the directory of the SQLite file must exist"), e.hint());
        assertEquals(Remedy.settings(Setting.URL), e.remedy().parts().get(1));
    }

    /** A read-only database is not a statement to fix (found by the bad-input corpus ITs). */
    @Test
    void aReadOnlyDatabaseIsNotAStatementToFix() {
        migrate().upgrade("r1");
        Migrate readOnly = new Migrate(MigrateConfig.builder(
                        new dev.migrate.dialect.DatabaseConfig("jdbc:sqlite:file:" + db + "?mode=ro", null, null),
                        migrations)
                .workDirectory(dir.resolve("work"))
                .build());
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> readOnly.upgrade("head"));
        assertTrue(e.hint().startsWith("The database refused to write: it is read-only"), e.hint());
        assertEquals(List.of("r1"), versionRows(db));
    }

    @Test
    void aTransactionalScriptCannotVacuum() throws IOException {
        Files.delete(r3);
        Fixtures.script(migrations, "r3").revises("r2").up("VACUUM;").down("").write();
        MigrationFailedException e =
                assertThrows(MigrationFailedException.class, () -> migrate().upgrade("head"));
        assertTrue(e.getMessage().contains("cannot VACUUM from within a transaction"), e.getMessage());
        assertEquals(List.of("r2"), versionRows(db));
    }

    @Test
    void anEditedScriptIsFlaggedRefusedAndThenAccepted() throws IOException {
        migrate().upgrade("r2");
        Files.writeString(r2, Files.readString(r2).replace("VALUES (1)", "VALUES (2)"));

        assertEquals(
                List.of("r3 PENDING", "r2 EDITED", "r1 APPLIED"),
                migrate().status().revisions().stream()
                        .map(e -> e.revision().id() + " " + e.state())
                        .toList());
        EditedScriptException e =
                assertThrows(EditedScriptException.class, () -> migrate().upgrade("head"));
        assertEquals("Applied script was edited after being applied: " + r2 + " (revision r2)", e.getMessage());
        assertTrue(e.remedy().runs(Command.STAMP, Remedy.assign(Setting.ACCEPT, "r2")), e.hint());
        assertEquals(List.of("r2"), e.scripts().stream().map(Script::id).toList());
        assertEquals(List.of("a", "b"), userObjects(db), "nothing ran");
        assertEquals(List.of("r2"), versionRows(db));

        assertEquals(
                List.of("r2"), migrate().accept("r2").stream().map(Script::id).toList());
        String newSum = ScriptDirectory.load(migrations).script("r2").body().checksum();
        assertEquals(
                List.of("r2|accept|" + newSum),
                rows(
                        db,
                        "SELECT revision, action, checksum "
                                + "FROM migrate_version_history ORDER BY id DESC LIMIT 1"));
        assertEquals(0, migrate().status().count(Status.State.EDITED));
        Files.writeString(r3, Files.readString(r3).replace("INSERT INTO nope VALUES (1);\n", ""));
        assertEquals(1, migrate().upgrade("head").steps().size());
    }

    @Test
    void acceptAllAcceptsEveryEditedScript() throws IOException {
        Files.writeString(r3, Files.readString(r3).replace("INSERT INTO nope VALUES (1);\n", ""));
        migrate().upgrade("head");
        Path r1 = migrations.resolve("r1.sql");
        Files.writeString(r1, Files.readString(r1).replace("v TEXT", "v TEXT NOT NULL"));
        Files.writeString(r3, Files.readString(r3).replace("('from r3')", "('from r3, edited')"));
        assertEquals(
                List.of("r1", "r3"),
                assertThrows(EditedScriptException.class, () -> migrate().upgrade("head")).scripts().stream()
                        .map(Script::id)
                        .toList());
        assertEquals(
                List.of("r1", "r3"),
                migrate().accept("all").stream().map(Script::id).toList());
        assertEquals(List.of(), migrate().upgrade("head").steps());
    }

    @Test
    void editingTheDowngradeOrTheLineEndingsIsNoEdit() throws IOException {
        migrate().upgrade("r2");
        Files.writeString(
                r2,
                Files.readString(r2)
                        .replace("DROP TABLE nope;", "")
                        .replace("\n", "\r\n")
                        .replace("(1);", "(1);   "));
        assertEquals(0, migrate().status().count(Status.State.EDITED));
        migrate().downgrade("-1");
        assertEquals(List.of("r1"), versionRows(db));
    }

    @Test
    void onlyAnAppliedRevisionCanBeAccepted() {
        migrate().upgrade("r1");
        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate().accept("r2"));
        assertEquals("Revision r2 is not applied, so there is no edit to accept", e.getMessage());
    }

    @Test
    void aVersionTableAheadOfTheScriptsIsExplained() {
        migrate().upgrade("r2");
        Fixtures.execute(db, "UPDATE migrate_version SET version_num = 'zzz999'");
        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate().upgrade("head"));
        assertEquals("The database is at revision zzz999, which no script declares", e.getMessage());
        assertTrue(
                e.remedy()
                        .runs(
                                Command.STAMP,
                                Remedy.assign(Setting.TARGET, "<revision>"),
                                Remedy.assign(Setting.PURGE, "true")),
                e.hint());
        assertThrows(MigrateException.class, () -> migrate().downgrade("-1"));
        Status status = migrate().status();
        assertEquals(Set.of("zzz999"), status.unknown());
        assertEquals(Set.of("zzz999"), status.current());
        assertEquals(List.of("a", "b"), userObjects(db));
        assertEquals(List.of("zzz999"), versionRows(db));
    }
}
