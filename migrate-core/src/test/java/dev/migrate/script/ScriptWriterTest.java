package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

class ScriptWriterTest {
    private static final Instant CREATED = Instant.parse("2026-11-24T15:32:10.789Z");

    @TempDir
    Path dir;

    private static NewRevision revision(String id, String message) {
        return new NewRevision(id, List.of(), Set.of(), List.of(), message, CREATED, true, "", "");
    }

    @Test
    void defaultFileNameIsDateTimeRevisionAndSlug() {
        assertEquals(
                "20261124_153210_3f2a9c1e7b10_create_todos.sql",
                ScriptWriter.fileName(ScriptWriter.DEFAULT_FILE_TEMPLATE, revision("3f2a9c1e7b10", "create todos")));
    }

    @Test
    void otherTemplatesUseEpochAndKeepTheirOwnText() {
        assertEquals(
                CREATED.getEpochSecond() + "-abc-add_x.sql",
                ScriptWriter.fileName("{epoch}-{rev}-{slug}", revision("abc", "Add X")));
        assertEquals("V_abc.sql", ScriptWriter.fileName("V_{rev}", revision("abc", "ignored")));
    }

    @Test
    void anEmptySlugLeavesNoTrailingUnderscore() {
        assertEquals(
                "20261124_153210_abc.sql",
                ScriptWriter.fileName(ScriptWriter.DEFAULT_FILE_TEMPLATE, revision("abc", "")));
        assertEquals(
                "20261124_153210_abc.sql",
                ScriptWriter.fileName(ScriptWriter.DEFAULT_FILE_TEMPLATE, revision("abc", "?!")));
        assertEquals("abc.sql", ScriptWriter.fileName("{slug}_{rev}", revision("abc", null)));
    }

    @Test
    void slugIsLowerCaseLettersAndDigitsJoinedByUnderscores() {
        assertEquals("create_todos", ScriptWriter.slug("Create todos!"));
        assertEquals("add_soft_delete_v2", ScriptWriter.slug("  Add   soft-delete (v2)  "));
        assertEquals("x_1_2", ScriptWriter.slug("__x..1//2__"));
        assertEquals("", ScriptWriter.slug("  --- "));
        assertEquals("", ScriptWriter.slug(null));
    }

    @Test
    void slugIsCutAtFortyCharactersWithoutATrailingUnderscore() {
        assertEquals(
                "abcdefghij_abcdefghij_abcdefghij_abcdef",
                ScriptWriter.slug("abcdefghij abcdefghij abcdefghij abcdef ghij klmnop"));
        assertEquals("a".repeat(40), ScriptWriter.slug("a".repeat(50)));
    }

    @Test
    void contentIsTheDocumentedFormat() {
        NewRevision r = new NewRevision(
                "3f2a9c1e7b10",
                List.of(),
                Set.of(),
                List.of(),
                "create todos",
                CREATED,
                true,
                "CREATE TABLE todos (id INTEGER PRIMARY KEY);\n",
                "\n  DROP TABLE todos;");
        assertEquals("""
                -- revision: 3f2a9c1e7b10
                -- revises:
                -- message: create todos
                -- created: 2026-11-24T15:32:10Z

                -- migrate:upgrade
                CREATE TABLE todos (id INTEGER PRIMARY KEY);

                -- migrate:downgrade
                DROP TABLE todos;
                """, ScriptWriter.content(r));
    }

    @Test
    void everyHeaderFieldRoundTripsThroughTheParser() throws IOException {
        NewRevision r = new NewRevision(
                "m3rge.1",
                List.of("aaa", "bbb"),
                new LinkedHashSet<>(List.of("core", "api")),
                List.of("ccc"),
                "join\n  the   branches ",
                CREATED,
                false,
                "SELECT 1;\nSELECT 2;",
                "SELECT 3;");
        Path file = ScriptWriter.write(dir.resolve("new/dir"), ScriptWriter.DEFAULT_FILE_TEMPLATE, r);
        assertEquals(dir.resolve("new/dir/20261124_153210_m3rge.1_join_the_branches.sql"), file);
        String text = Files.readString(file);
        assertTrue(
                text.startsWith("-- revision: m3rge.1\n-- revises: aaa, bbb\n-- branch-labels: core, api\n"
                        + "-- depends-on: ccc\n-- message: join the branches\n-- created: 2026-11-24T15:32:10Z\n"
                        + "-- transactional: false\n\n-- migrate:upgrade\n"),
                text);

        Script parsed = ScriptParser.parse(file);
        Revision back = parsed.revision();
        assertEquals("m3rge.1", back.id());
        assertEquals(List.of("aaa", "bbb"), back.parents());
        assertEquals(Set.of("core", "api"), back.branchLabels());
        assertEquals(List.of("ccc"), back.dependsOn());
        assertEquals("join the branches", back.message());
        assertEquals("2026-11-24T15:32:10Z", back.created());
        assertFalse(parsed.transactional());
        StatementSplitter splitter = new StatementSplitter(new SqlLexer());
        assertEquals(
                List.of("SELECT 1", "SELECT 2"),
                parsed.body().upgradeStatements(splitter).stream()
                        .map(Statement::sql)
                        .toList());
        assertEquals(
                List.of("SELECT 3"),
                parsed.body().downgradeStatements(splitter).stream()
                        .map(Statement::sql)
                        .toList());
    }

    @Test
    void anEmptyRevisionRoundTripsWithEmptySections() {
        Script parsed = ScriptParser.parse(dir.resolve("x.sql"), ScriptWriter.content(revision("abc", "")));
        assertEquals("abc", parsed.id());
        assertTrue(parsed.revision().isBase());
        assertEquals("", parsed.revision().message());
        assertTrue(parsed.transactional());
        assertEquals(List.of(), parsed.body().upgradeStatements(new StatementSplitter(new SqlLexer())));
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path first = ScriptWriter.write(dir, "{slug}", revision("one", "same name"));
        String before = Files.readString(first);
        MigrateException e = assertThrows(
                MigrateException.class, () -> ScriptWriter.write(dir, "{slug}", revision("two", "same name")));
        assertEquals("Cannot write " + first + ": the file exists already", e.getMessage());
        assertEquals(before, Files.readString(first));
    }

    /**
     * BUG (found by the bad-input corpus ITs): a file template with a '/' wrote the new script outside the migrations
     * directory, where no run would ever see it.
     */
    @Test
    void aTemplateThatLeavesTheMigrationsDirectoryIsRefused() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        for (String template : List.of("../{rev}", "sub/{rev}", "{rev}\\x", ".{rev}")) {
            MigrateException e = assertThrows(
                    MigrateException.class, () -> ScriptWriter.write(migrations, template, revision("abc", "x")));
            assertTrue(
                    e.getMessage().startsWith("The file template '" + template + "' makes the file name '"),
                    e.getMessage());
        }
        assertEquals(List.of("migrations"), List.of(dir.toFile().list()));
        assertEquals(0, migrations.toFile().list().length);
    }
}
