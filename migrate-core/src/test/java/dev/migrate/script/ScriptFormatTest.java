package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

class ScriptFormatTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("s.sql"), text, StandardCharsets.UTF_8);
    }

    private String error(String text) throws IOException {
        Path f = file(text);
        return assertThrows(ScriptFormatException.class, () -> ScriptParser.parse(f))
                .getMessage();
    }

    @Test
    void readsHeaderAndSections() throws IOException {
        Script s = ScriptParser.parse(file("-- revision: m1\n-- revises: a, b\n-- branch-labels: x\n-- depends-on: c\n"
                + "-- message: join\n-- transactional: false\n-- A free comment: fine\n\n-- migrate:upgrade\n"
                + "SELECT 1;\nSELECT 2;\n-- migrate:downgrade\nSELECT 3;\n"));
        assertEquals(List.of("a", "b"), s.revision().parents());
        assertEquals(Set.of("x"), s.revision().branchLabels());
        assertEquals(List.of("c"), s.revision().dependsOn());
        assertEquals("join", s.revision().message());
        assertFalse(s.transactional());
        assertEquals(
                List.of(new Statement("SELECT 1", 10), new Statement("SELECT 2", 11)),
                s.body().upgradeStatements(new StatementSplitter(new SqlLexer())));
        assertEquals(
                List.of(new Statement("SELECT 3", 13)),
                s.body().downgradeStatements(new StatementSplitter(new SqlLexer())));
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        String f = dir.resolve("s.sql").toString();
        assertEquals(f + ": the file is empty", error(""));
        assertEquals(f + ": no '-- migrate:upgrade' line", error("-- revision: a\n"));
        assertEquals(f + ": no '-- migrate:downgrade' line", error("-- revision: a\n-- migrate:upgrade\nSELECT 1;\n"));
        assertEquals(
                f + ":2: '-- migrate:downgrade' comes before '-- migrate:upgrade'",
                error("-- revision: a\n-- migrate:downgrade\n-- migrate:upgrade\n"));
        assertEquals(
                f + ":2: unknown header field 'revisons'",
                error("-- revision: a\n-- revisons: b\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(
                f + ":2: unknown marker '-- migrate:upgrad'",
                error("-- revision: a\n-- migrate:upgrad\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(
                f + ":2: SQL before the '-- migrate:upgrade' line",
                error("-- revision: a\nSELECT 1;\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(
                f + ":1: 'a b!' in 'revision' is not a revision id",
                error("-- revision: a b!\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(
                f + ": no revision id in the header",
                error("-- message: x\n-- migrate:upgrade\n-- migrate:downgrade\n"));
        assertEquals(
                f + ":4: a second '-- migrate:downgrade' line (first at line 3)",
                error("-- revision: a\n-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:downgrade\n"));
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path f = dir.resolve("latin1.sql");
        Files.write(f, "-- revision: a\n-- message: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> ScriptParser.parse(f));
        assertEquals(f + ":2: not valid UTF-8 text", e.getMessage());
    }

    @Test
    void checksumIgnoresLineEndingsAndDowngradeButNotSql() throws IOException {
        String base =
                "-- revision: a\n-- migrate:upgrade\nCREATE TABLE t (x INT);\n-- migrate:downgrade\nDROP TABLE t;\n";
        String sum = ScriptParser.parse(file(base)).body().checksum();
        assertEquals(
                sum,
                ScriptParser.parse(file(base.replace("\n", "\r\n").replace(";", ";  ")))
                        .body()
                        .checksum());
        assertEquals(
                sum,
                ScriptParser.parse(file(base.replace("DROP TABLE t;", "DROP TABLE IF EXISTS t;")))
                        .body()
                        .checksum());
        assertNotEquals(
                sum,
                ScriptParser.parse(file(base.replace("x INT", "x BIGINT")))
                        .body()
                        .checksum());
    }
}
