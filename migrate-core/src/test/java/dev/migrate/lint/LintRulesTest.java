package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.script.ScriptDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Each rule on a script that triggers it and on the safe form that does not, read with the dialect's own lexer. */
class LintRulesTest {
    private static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://127.0.0.1/x");
    private static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite:x.db");

    @TempDir
    Path dir;

    @Test
    void anIndexOnAnExistingTableMustBeBuiltConcurrently() {
        expect(pg("CREATE INDEX ix ON todo (title);"), "require-concurrent-index", "lock-timeout");
        expect(pg("DROP INDEX ix;"), "require-concurrent-index");
        expect(pgOutside("CREATE INDEX CONCURRENTLY ix ON todo (title);"));
        // a table the script creates is empty: nothing waits for it
        expect(pg("CREATE TABLE t (id INT PRIMARY KEY, a INT);\nCREATE INDEX ix ON t (a);"));
    }

    @Test
    void concurrentlyInsideATransactionIsRefusedByPostgres() {
        expect(pg("CREATE INDEX CONCURRENTLY ix ON todo (title);"), "concurrently-in-transaction");
        expect(pgOutside("DROP INDEX CONCURRENTLY ix;"));
    }

    @Test
    void keysAndChecksAreAddedNotValidThenValidatedApart() {
        expect(
                pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT fk FOREIGN KEY (o) REFERENCES o (id);"),
                "constraint-not-valid");
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CHECK (n > 0);"), "constraint-not-valid");
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT c CHECK (n > 0) NOT VALID;"));
        expect(
                pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT c CHECK (n > 0) NOT VALID;\n"
                        + "ALTER TABLE todo VALIDATE CONSTRAINT c;"),
                "validate-in-same-transaction");
        expect(pgOutside("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT c CHECK (n > 0) NOT VALID;\n"
                + "ALTER TABLE todo VALIDATE CONSTRAINT c;"));
    }

    @Test
    void setNotNullNeedsAValidatedCheckFirst() {
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ALTER COLUMN title SET NOT NULL;"), "set-not-null");
        expect(pgOutside("SET lock_timeout = '5s';\n"
                + "ALTER TABLE todo ADD CONSTRAINT nn CHECK (title IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE todo VALIDATE CONSTRAINT nn;\n"
                + "ALTER TABLE todo ALTER COLUMN title SET NOT NULL;"));
    }

    @Test
    void aVolatileDefaultRewritesTheTable() {
        expect(
                pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD COLUMN token UUID DEFAULT gen_random_uuid();"),
                "volatile-default");
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD COLUMN at TIMESTAMPTZ DEFAULT now();"));
        // a keyword inside a string is not a call
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD COLUMN note TEXT DEFAULT 'random()';"));
    }

    @Test
    void uniqueAndPrimaryKeysUseAConcurrentlyBuiltIndex() {
        expect(
                pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT u UNIQUE (title);"),
                "unique-without-index");
        expect(pg("SET lock_timeout = '5s';\nALTER TABLE todo ADD CONSTRAINT u UNIQUE USING INDEX ux;"));
    }

    @Test
    void anEnumValueInATransactionFailsBeforePostgres12() {
        String sql = "ALTER TYPE mood ADD VALUE 'meh';";
        expect(lint(POSTGRES, sql, "", true, Optional.of(ServerVersion.of(11, 22, 0))), "enum-value-in-transaction");
        expect(lint(POSTGRES, sql, "", true, Optional.of(ServerVersion.of(16, 4, 0))));
    }

    @Test
    void destructiveAndBreakingChangesOnEveryDatabase() {
        expect(sqlite("DROP TABLE todo;"), "drop-table");
        expect(sqlite("ALTER TABLE todo DROP COLUMN title;"), "drop-column");
        expect(sqlite("ALTER TABLE todo RENAME TO task;"), "rename-table");
        expect(sqlite("ALTER TABLE todo RENAME COLUMN title TO name;"), "rename-column");
        expect(sqlite("ALTER TABLE todo ADD COLUMN n INTEGER NOT NULL;"), "not-null-without-default");
        expect(sqlite("ALTER TABLE todo ADD COLUMN n INTEGER NOT NULL DEFAULT 0;"));
        expect(sqlite("CREATE TABLE t (id INT);\nDROP TABLE t;"));
    }

    @Test
    void backfillsAndDataMigrations() {
        expect(
                lint(
                        SQLITE,
                        "ALTER TABLE todo ADD COLUMN n INTEGER DEFAULT 0;\nUPDATE todo SET n = 1;",
                        "x",
                        true,
                        Optional.empty()),
                "backfill-with-ddl");
        expect(lint(SQLITE, "UPDATE todo SET n = 1;", "", true, Optional.empty()), "data-migration-without-downgrade");
        expect(lint(SQLITE, "UPDATE todo SET n = 1;", "UPDATE todo SET n = 0;", true, Optional.empty()));
    }

    @Test
    void aStatementTheLinterCannotReadIsSaidSo() {
        expect(pgOutside("DO $$ BEGIN PERFORM 1; END $$;"), "not-understood");
    }

    @Test
    void anIgnoreCommentWithAReasonAcceptsTheFinding() {
        expect(sqlite("-- migrate:lint-ignore drop-column nothing has read it since 2025\n"
                + "ALTER TABLE todo DROP COLUMN title;"));
        expect(
                sqlite("-- migrate:lint-ignore drop-column\nALTER TABLE todo DROP COLUMN title;"),
                "drop-column",
                "lint-ignore");
        expect(
                sqlite("-- migrate:lint-ignore no-such-rule because\nALTER TABLE todo DROP COLUMN title;"),
                "drop-column",
                "lint-ignore");
    }

    @Test
    void severitiesComeFromTheConfigurationAndAnUnknownRuleIsAnError() {
        ScriptDirectory scripts = scripts("ALTER TABLE todo DROP COLUMN title;", "x", true);
        Linter off =
                new Linter(List.of(), Map.of("drop-column", Severity.OFF), SQLITE.splitter(), true, Optional.empty());
        assertEquals(
                List.of(), off.lint(List.of(scripts.script("r2")), Set.of("r2")).findings());
        Linter error =
                new Linter(List.of(), Map.of("drop-column", Severity.ERROR), SQLITE.splitter(), true, Optional.empty());
        LintReport report = error.lint(List.of(scripts.script("r2")), Set.of("r2"));
        assertEquals(1, report.errors());
        String described = report.findings().get(0).describe();
        assertTrue(described.startsWith(dir.resolve("migrations").resolve("r2.sql") + ":"), described);
        assertTrue(
                described.contains(": error drop-column (Drop a column): Dropping a column loses its values"),
                described);
        assertTrue(described.contains("Instead: Stop reading and writing the column"), described);
        MigrateException unknown = assertThrows(
                MigrateException.class,
                () -> new Linter(
                        List.of(), Map.of("drop-colum", Severity.OFF), SQLITE.splitter(), true, Optional.empty()));
        assertTrue(unknown.getMessage().contains("Unknown lint rule 'drop-colum'"), unknown.getMessage());
    }

    @Test
    void moreThanOneHeadIsReportedOnEachHead() {
        ScriptDirectory scripts = scripts("SELECT 1;", "", true);
        Linter linter = new Linter(List.of(), Map.of(), SQLITE.splitter(), true, Optional.empty());
        expect(
                linter.lint(List.of(scripts.script("r2")), Set.of("r2", "r3")).findings().stream()
                        .map(Finding::rule)
                        .toList(),
                "multiple-heads");
    }

    // ----- helpers -----

    private static void expect(List<String> found, String... rules) {
        assertEquals(List.of(rules), found);
    }

    private List<String> pg(String upgrade) {
        return lint(POSTGRES, upgrade, "x", true, Optional.empty());
    }

    private List<String> pgOutside(String upgrade) {
        return lint(POSTGRES, upgrade, "x", false, Optional.empty());
    }

    private List<String> sqlite(String upgrade) {
        return lint(SQLITE, upgrade, "x", true, Optional.empty());
    }

    /** The rules found in revision r2 (after r1, which creates nothing the tests name). */
    private List<String> lint(
            Dialect dialect, String upgrade, String downgrade, boolean transactional, Optional<ServerVersion> version) {
        return new LintFixture(dir, dialect, version).lint("SELECT 1;", upgrade, downgrade, transactional);
    }

    private ScriptDirectory scripts(String upgrade, String downgrade, boolean transactional) {
        lint(SQLITE, upgrade, downgrade, transactional, Optional.empty());
        return ScriptDirectory.load(dir.resolve("migrations"));
    }
}
