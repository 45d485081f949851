package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.base.MigrateLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/** The index gives a run the scripts it parsed before, and parses again every file whose key changed. */
class ScriptIndexTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedFileComesFromTheIndexAndAChangedOneIsParsedAgain() throws IOException {
        Path migrations = dir.resolve("migrations");
        Path index = dir.resolve("work/script-index.tsv");
        Fixtures.script(migrations, "r1")
                .message("first")
                .up("CREATE TABLE a (id INT);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .message("second")
                .up("CREATE TABLE b (id INT);")
                .write();
        ScriptDirectory parsed = load(migrations, index);
        assertTrue(Files.isRegularFile(index), "written on the first run");
        List<String> written = Files.readAllLines(index);
        assertEquals(3, written.size(), "a version line and one line per script");

        // the same files: the same scripts, headers and checksums, without parsing (the index is not rewritten)
        FileTime indexTime = Files.getLastModifiedTime(index);
        ScriptDirectory again = load(migrations, index);
        for (String id : List.of("r1", "r2")) {
            assertEquals(parsed.script(id).revision(), again.script(id).revision());
            assertEquals(parsed.script(id).checksum(), again.script(id).checksum());
            assertEquals(parsed.script(id).body(), again.script(id).body(), "the sections are read when needed");
            assertEquals(parsed.script(id).transactional(), again.script(id).transactional());
        }
        assertEquals(indexTime, Files.getLastModifiedTime(index));

        // proof that it came from the index: a file changed behind its key (same size, same time) still reads as
        // indexed until its key changes; the sections always come from the file
        Path r1 = migrations.resolve("r1.sql");
        String text = Files.readString(r1);
        FileTime r1Time = Files.getLastModifiedTime(r1);
        Files.writeString(r1, text.replace("first", "FIRST"));
        Files.setLastModifiedTime(r1, r1Time);
        assertEquals("first", load(migrations, index).script("r1").revision().message());

        // a real edit changes the key: parsed again, indexed again
        Files.writeString(r1, text.replace("first", "the first one").replace("id INT", "id BIGINT"));
        ScriptDirectory edited = load(migrations, index);
        assertEquals("the first one", edited.script("r1").revision().message());
        assertFalse(edited.script("r1").checksum().equals(parsed.script("r1").checksum()));
        assertEquals(
                "the first one", load(migrations, index).script("r1").revision().message());
    }

    @Test
    void aDeletedScriptLeavesTheIndexAndADamagedIndexIsReplaced() throws IOException {
        Path migrations = dir.resolve("migrations");
        Path index = dir.resolve("script-index.tsv");
        Fixtures.script(migrations, "r1").up("CREATE TABLE a (id INT);").write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("CREATE TABLE b (id INT);")
                .write();
        load(migrations, index);
        Files.delete(migrations.resolve("r2.sql"));
        assertFalse(load(migrations, index).graph().contains("r2"));
        assertEquals(2, Files.readAllLines(index).size(), "r2's entry is gone");

        Files.writeString(index, "migrate script index 1\nnot\tan\tentry\n", StandardCharsets.UTF_8);
        ScriptDirectory s = load(migrations, index);
        assertEquals("r1", s.script("r1").id());
        assertTrue(Files.readString(index).contains("r1.sql\t"), "rewritten from the files");
    }

    private static ScriptDirectory load(Path migrations, Path index) {
        return ScriptDirectory.load(ScriptLocations.directory(migrations), List.of(), MigrateLog.SILENT, index);
    }
}
