package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.Fixtures;
import dev.migrate.Fixtures.RecordingLog;
import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the migrations directory holds besides scripts is named, never skipped without a word. */
class ScriptDirectoryTest {
    @TempDir
    Path dir;

    /** Before: *.SQL files, broken links and other files were skipped silently ("0 pending"). */
    @Test
    void everyEntryThatIsNotAScriptIsWarnedAboutWithTheReason() throws IOException {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "a").up("CREATE TABLE a (id INTEGER);").write();
        Files.move(Fixtures.script(migrations, "b").revises("a").write(), migrations.resolve("b.SQL"));
        Files.createSymbolicLink(migrations.resolve("c.sql"), dir.resolve("gone.sql"));
        Files.writeString(migrations.resolve("notes.txt"), "about the scripts");
        Files.createDirectories(migrations.resolve("old"));
        Files.writeString(migrations.resolve(".gitkeep"), "");
        Path linked = Fixtures.script(dir, "d").revises("a").write();
        Files.createSymbolicLink(migrations.resolve("d.sql"), linked);

        RecordingLog log = new RecordingLog();
        ScriptDirectory scripts = ScriptDirectory.load(migrations, log);

        assertEquals(
                List.of("a", "d"),
                scripts.graph().revisions().stream().map(r -> r.id()).sorted().toList());
        assertEquals(
                List.of(
                        "debug: Not a script, skipped: " + migrations.resolve(".gitkeep")
                                + " (only files ending in '.sql' " + "are scripts)",
                        "warn: Not a script, skipped: " + migrations.resolve("b.SQL")
                                + " (scripts end in '.sql' in lower " + "case: rename it to b.sql)",
                        "warn: Not a script, skipped: " + migrations.resolve("c.sql") + " (a symbolic link to "
                                + dir.resolve("gone.sql") + ", which does not exist)",
                        "warn: Not a script, skipped: " + migrations.resolve("notes.txt")
                                + " (only files ending in '.sql' " + "are scripts)",
                        "warn: Not a script, skipped: " + migrations.resolve("old")
                                + " (a directory: scripts are read from "
                                + "the migrations directory itself, not from its subdirectories)"),
                log.lines);
    }

    @Test
    void theEngineWarnsThroughItsConfiguredLog() throws IOException {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__init.SQL"), "CREATE TABLE a (id INTEGER);");
        RecordingLog log = new RecordingLog();
        Migrate migrate = new Migrate(Fixtures.config(dir.resolve("app.db"), migrations, dir.resolve("work"))
                .log(log)
                .build());
        assertEquals(List.of(), migrate.heads());
        assertEquals(
                List.of("warn: Not a script, skipped: " + migrations.resolve("V1__init.SQL") + " (scripts end "
                        + "in '.sql' in lower case: rename it to V1__init.sql)"),
                log.lines);
    }

    /** Before: "The migrations directory ... does not exist", for a path that does exist, as a file. */
    @Test
    void aMigrationsPathThatIsAFileIsNamedAsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("migrations"), "not a directory");
        MigrateException e = assertThrows(MigrateException.class, () -> ScriptDirectory.load(file));
        assertEquals("The migrations path " + file + " is a file, not a directory", e.getMessage());
        assertEquals("Point MigrateConfig.migrations at the directory that holds your " + "scripts.", e.hint());
    }
}
