package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checksum of a script is what tells an applied script from an edited one. */
class ScriptChecksumTest {
    private static final String SCRIPT = """
            -- revision: aaaaaaaaaaaa
            -- revises:
            -- message: create todos
            -- created: 2026-11-24T15:32:10Z

            -- migrate:upgrade
            CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            INSERT INTO todos (title) VALUES ('first');

            -- migrate:downgrade
            DROP TABLE todos;
            """;

    @TempDir
    Path dir;

    private String checksum(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("s.sql"), text, StandardCharsets.UTF_8);
        return ScriptParser.parse(file).body().checksum();
    }

    @Test
    void isTheHexSha256OfTheUpgradeSection() throws IOException {
        assertTrue(checksum(SCRIPT).matches("[0-9a-f]{64}"), checksum(SCRIPT));
        assertEquals(
                checksum(SCRIPT),
                new ScriptBody(
                                "CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL);"
                                        + "\nINSERT INTO todos (title) VALUES ('first');",
                                7,
                                "whatever",
                                11)
                        .checksum());
    }

    @Test
    void ignoresLineEndings() throws IOException {
        assertEquals(checksum(SCRIPT), checksum(SCRIPT.replace("\n", "\r\n")));
    }

    @Test
    void ignoresTrailingWhiteSpaceAndBlankLinesAroundTheSection() throws IOException {
        String padded = SCRIPT.replace("NOT NULL);", "NOT NULL);  \t")
                .replace("-- migrate:upgrade\n", "-- migrate:upgrade\n\n\n")
                .replace("('first');\n", "('first');   \n\n\n");
        assertEquals(checksum(SCRIPT), checksum(padded));
    }

    @Test
    void changesWhenTheUpgradeSqlChanges() throws IOException {
        String sum = checksum(SCRIPT);
        assertNotEquals(sum, checksum(SCRIPT.replace("'first'", "'second'")));
        assertNotEquals(sum, checksum(SCRIPT.replace("title TEXT NOT NULL", "title TEXT")));
        assertNotEquals(sum, checksum(SCRIPT.replace("INSERT INTO", "  INSERT INTO")), "indentation is SQL text");
    }

    @Test
    void ignoresTheDowngradeSectionAndTheHeader() throws IOException {
        String sum = checksum(SCRIPT);
        assertEquals(sum, checksum(SCRIPT.replace("DROP TABLE todos;", "DROP TABLE IF EXISTS todos;\nSELECT 1;")));
        assertEquals(sum, checksum(SCRIPT.replace("create todos", "create the todo table")));
    }
}
