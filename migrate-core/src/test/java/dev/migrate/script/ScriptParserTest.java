package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

class ScriptParserTest {
    private static final String FILE_NAME = "20261124_153210_aaaaaaaaaaaa_create_todos.sql";
    private static final StatementSplitter SPLITTER = new StatementSplitter(new SqlLexer());

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
    }

    /** Parses {@code text}, which must fail, and checks that the message is "file:line: problem". */
    private void assertError(String text, int line, String problem) throws IOException {
        Path file = write(text);
        ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> ScriptParser.parse(file));
        assertEquals(file + (line > 0 ? ":" + line : "") + ": " + problem, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains(FILE_NAME), e.getMessage());
    }

    @Test
    void readsEveryHeaderFieldAndBothSections() throws IOException {
        Script s = ScriptParser.parse(write("""
                -- revision: aaaaaaaaaaaa
                -- revises:
                -- message: create todos
                -- created: 2026-11-24T15:32:10Z

                -- migrate:upgrade
                CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
                CREATE INDEX ix_title ON todos (title);

                -- migrate:downgrade
                DROP TABLE todos;
                """));
        Revision r = s.revision();
        assertEquals("aaaaaaaaaaaa", s.id());
        assertEquals(List.of(), r.parents());
        assertTrue(r.isBase());
        assertEquals("create todos", r.message());
        assertEquals("2026-11-24T15:32:10Z", r.created());
        assertEquals(FILE_NAME, r.source());
        assertEquals(Set.of(), r.branchLabels());
        assertEquals(List.of(), r.dependsOn());
        assertTrue(s.transactional());
        assertEquals(dir.resolve(FILE_NAME).toString(), s.location());
        assertEquals(FILE_NAME, s.fileName());
        assertEquals(
                List.of(
                        new Statement("CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL)", 7),
                        new Statement("CREATE INDEX ix_title ON todos (title)", 8)),
                s.body().upgradeStatements(SPLITTER));
        assertEquals(List.of(new Statement("DROP TABLE todos", 11)), s.body().downgradeStatements(SPLITTER));
    }

    @Test
    void readsMergesBranchLabelsDependenciesAndTheTransactionalFlag() throws IOException {
        Script s = ScriptParser.parse(write("""
                -- revision: m3rge_1.0-x
                -- revises: aaaaaaaaaaaa, bbbbbbbbbbbb
                -- branch-labels: core, api
                -- depends-on: cccccccccccc
                -- transactional: false
                -- message: join the branches
                -- A free comment: with a colon, but capitalised
                -- a free comment without any colon
                --
                -- migrate:upgrade
                -- migrate:downgrade
                """));
        Revision r = s.revision();
        assertEquals("m3rge_1.0-x", r.id());
        assertEquals(List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"), r.parents());
        assertTrue(r.isMerge());
        assertEquals(Set.of("core", "api"), r.branchLabels());
        assertEquals(List.of("cccccccccccc"), r.dependsOn());
        assertEquals("join the branches", r.message());
        assertEquals("", r.created());
        assertFalse(s.transactional());
        assertEquals(List.of(), s.body().upgradeStatements(SPLITTER));
        assertEquals(List.of(), s.body().downgradeStatements(SPLITTER));
    }

    @Test
    void aSquashBaselineListsWhatItReplaces() throws IOException {
        Script s = ScriptParser.parse(write(
                "-- revision: b\n-- revises: a0\n-- replaces: a1, a2\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(List.of("a1", "a2"), s.revision().replaces());
        assertEquals(List.of("a0"), s.revision().parents());
        assertError(
                "-- revision: b\n-- replaces: a1, not an id!\n-- migrate:upgrade\n-- migrate:downgrade\n",
                2,
                "'id!' in 'replaces' is not a revision id");
    }

    @Test
    void transactionalTrueIsTheDefaultAndCanBeSpelledOut() throws IOException {
        assertTrue(ScriptParser.parse(write(
                        "-- revision: a\n-- transactional: true\n-- migrate:upgrade\n" + "-- migrate:downgrade\n"))
                .transactional());
    }

    @Test
    void acceptsWindowsLineEndingsWithTheSameLines() throws IOException {
        Script s = ScriptParser.parse(write("-- revision: a\r\n-- revises: b\r\n\r\n-- migrate:upgrade\r\n"
                + "SELECT 1;\r\nSELECT 2;\r\n-- migrate:downgrade\r\nSELECT 3;\r\n"));
        assertEquals(List.of("b"), s.revision().parents());
        assertEquals(
                List.of(new Statement("SELECT 1", 5), new Statement("SELECT 2", 6)),
                s.body().upgradeStatements(SPLITTER));
        assertEquals(List.of(new Statement("SELECT 3", 8)), s.body().downgradeStatements(SPLITTER));
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("-- revision: a\n-- message: café\n-- migrate:upgrade\nSELECT 'é';\n-- migrate:downgrade\n"
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve(FILE_NAME), bytes.toByteArray());
        Script s = ScriptParser.parse(file);
        assertEquals("a", s.id());
        assertEquals("café", s.revision().message());
        assertEquals(List.of(new Statement("SELECT 'é'", 4)), s.body().upgradeStatements(SPLITTER));
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("-- revision: a\n-- message: ok é\n-- migrate:upgrade\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("INSERT INTO t VALUES ('caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // 'é' in ISO-8859-1: not UTF-8
        bytes.write("');\n-- migrate:downgrade\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve(FILE_NAME), bytes.toByteArray());
        ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> ScriptParser.parse(file));
        assertEquals(file + ":4: not valid UTF-8 text", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void emptyFile() throws IOException {
        assertError("", 0, "the file is empty");
        assertError("  \n\n\t\n", 0, "the file is empty");
    }

    @Test
    void missingUpgradeMarker() throws IOException {
        assertError("-- revision: a\n-- message: no sections\n", 0, "no '-- migrate:upgrade' line");
    }

    @Test
    void missingDowngradeMarker() throws IOException {
        assertError(
                "-- revision: a\n-- migrate:upgrade\nCREATE TABLE t (x INT);\n", 0, "no '-- migrate:downgrade' line");
    }

    @Test
    void downgradeBeforeUpgrade() throws IOException {
        assertError(
                "-- revision: a\n\n-- migrate:downgrade\nDROP TABLE t;\n-- migrate:upgrade\n",
                3,
                "'-- migrate:downgrade' comes before '-- migrate:upgrade'");
    }

    @Test
    void duplicateMarkers() throws IOException {
        assertError(
                "-- revision: a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n-- migrate:downgrade\n",
                4,
                "a second '-- migrate:upgrade' line (first at line 2)");
        assertError(
                "-- revision: a\n-- migrate:upgrade\n-- migrate:downgrade\nSELECT 1;\n-- migrate:downgrade\n",
                5,
                "a second '-- migrate:downgrade' line (first at line 3)");
    }

    @Test
    void unknownHeaderKey() throws IOException {
        assertError(
                "-- revision: a\n-- revisons: x\n-- migrate:upgrade\n-- migrate:downgrade\n",
                2,
                "unknown header field 'revisons'");
    }

    @Test
    void misspeltMarker() throws IOException {
        assertError(
                "-- revision: a\n\n-- migrate:upgrad\nSELECT 1;\n-- migrate:downgrade\n",
                3,
                "unknown marker '-- migrate:upgrad'");
    }

    @Test
    void sqlBeforeTheUpgradeMarker() throws IOException {
        assertError(
                "-- revision: a\nCREATE TABLE t (x INT);\n-- migrate:upgrade\n-- migrate:downgrade\n",
                2,
                "SQL before the '-- migrate:upgrade' line");
    }

    /** A script whose upgrade marker is missing says so, rather than that its SQL comes too early. */
    @Test
    void sqlWithoutAnUpgradeMarker() throws IOException {
        assertError(
                "-- revision: a\n\nCREATE TABLE t (x INT);\n-- migrate:downgrade\n",
                3,
                "SQL without a '-- migrate:upgrade' line before it");
    }

    @Test
    void badRevisionIds() throws IOException {
        assertError(
                "-- revision: a b!\n-- migrate:upgrade\n-- migrate:downgrade\n",
                1,
                "'a b!' in 'revision' is not a revision id");
        String tooLong = "a".repeat(33);
        assertError(
                "-- revision: " + tooLong + "\n-- migrate:upgrade\n-- migrate:downgrade\n",
                1,
                "'" + tooLong + "' in 'revision' is not a revision id");
        assertError(
                "-- revision: a\n-- revises: ok, n@pe\n-- migrate:upgrade\n-- migrate:downgrade\n",
                2,
                "'n@pe' in 'revises' is not a revision id");
        assertError(
                "-- revision: a\n-- message: x\n-- depends-on: $x\n-- migrate:upgrade\n-- migrate:downgrade\n",
                3,
                "'$x' in 'depends-on' is not a revision id");
    }

    @Test
    void aRevisionIdOf32CharactersIsFine() throws IOException {
        String longest = "A0_.-".repeat(6) + "zz";
        assertEquals(
                longest,
                ScriptParser.parse(write("-- revision: " + longest + "\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                        .id());
    }

    @Test
    void missingRevisionId() throws IOException {
        assertError("-- message: x\n-- migrate:upgrade\n-- migrate:downgrade\n", 0, "no revision id in the header");
        assertError(
                "-- message: x\n-- revision:\n-- migrate:upgrade\n-- migrate:downgrade\n",
                2,
                "no revision id in the header");
    }

    @Test
    void duplicateHeaderField() throws IOException {
        assertError(
                "-- revision: a\n-- message: one\n-- message: two\n-- migrate:upgrade\n-- migrate:downgrade\n",
                3,
                "header field 'message' is given twice (first at line 2)");
    }

    @Test
    void transactionalMustBeTrueOrFalse() throws IOException {
        assertError(
                "-- revision: a\n-- message: x\n-- transactional: maybe\n-- migrate:upgrade\n-- migrate:downgrade\n",
                3,
                "'transactional' must be true or false, not 'maybe'");
    }

    @Test
    void directoryLoadsEverySqlFileIntoTheGraph() throws IOException {
        Files.writeString(dir.resolve("1.sql"), "-- revision: one\n-- migrate:upgrade\n-- migrate:downgrade\n");
        Files.writeString(
                dir.resolve("2.sql"),
                "-- revision: two\n-- revises: one\n-- migrate:upgrade\n" + "-- migrate:downgrade\n");
        Files.writeString(dir.resolve("README.md"), "not a script");
        Files.createDirectories(dir.resolve("old.sql"));
        ScriptDirectory scripts = ScriptDirectory.load(dir);
        assertEquals(
                List.of("one", "two"),
                scripts.graph().revisions().stream().map(Revision::id).toList());
        assertEquals(List.of("two"), scripts.graph().heads());
        assertEquals(dir.resolve("2.sql").toString(), scripts.script("two").location());
        assertEquals(dir, scripts.directory());
    }

    @Test
    void directoryLoadReportsTheBrokenFile() throws IOException {
        Files.writeString(dir.resolve("1.sql"), "-- revision: one\n-- migrate:upgrade\n-- migrate:downgrade\n");
        Path broken = Files.writeString(dir.resolve("2_broken.sql"), "-- revision: two\n-- migrate:upgrade\n");
        ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> ScriptDirectory.load(dir));
        assertEquals(broken + ": no '-- migrate:downgrade' line", e.getMessage());
    }

    @Test
    void missingDirectoryIsExplained() {
        Path missing = dir.resolve("nope");
        MigrateException e = assertThrows(MigrateException.class, () -> ScriptDirectory.load(missing));
        assertEquals("The migrations directory " + missing + " does not exist", e.getMessage());
        assertTrue(e.remedy().runs(Command.INIT), e.hint());
    }
}
