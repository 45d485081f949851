package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.EditedScriptException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an application starting up asks of the engine: its own DataSource, a baseline, running on past edits. */
class ApplicationStartupTest {
    @TempDir
    Path dir;

    private Path migrations;
    private Path db;

    @BeforeEach
    void twoScripts() {
        migrations = dir.resolve("migrations");
        db = dir.resolve("app.db");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE b;")
                .write();
    }

    @Test
    void connectionsComeFromTheApplicationsDataSource() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db);
        DatabaseConfig config = DatabaseConfig.of(ds);
        assertEquals("jdbc:sqlite:" + db, config.url());
        Migrate migrate = new Migrate(MigrateConfig.builder(config, migrations)
                .workDirectory(dir.resolve("work"))
                .build());
        migrate.upgrade("head");
        assertEquals(Set.of("r2"), migrate.current());
        assertEquals(List.of("a", "b"), Fixtures.userObjects(db));
    }

    @Test
    void aDatabaseBuiltBeforeMigrateIsBaselinedOnceAndAnEmptyOneIsNot() {
        Migrate migrate = migrate(new ArrayList<>());
        assertFalse(migrate.baseline("r1"), "an empty database is built by the migrations, not stamped");
        assertFalse(Files.exists(db));

        Fixtures.execute(db, "CREATE TABLE a (id INTEGER PRIMARY KEY)");
        assertTrue(migrate.baseline("r1"));
        assertEquals(Set.of("r1"), migrate.current());
        migrate.upgrade("head");
        assertEquals(List.of("a", "b"), Fixtures.userObjects(db));
        assertFalse(migrate.baseline("r1"), "a database with a version table is never baselined again");
        assertEquals(Set.of("r2"), migrate.current());
    }

    @Test
    void anApplicationMayRunOnPastAnEditedScriptWithAWarning() throws Exception {
        migrate(new ArrayList<>()).upgrade("r1");
        Path r1 = migrations.resolve("r1.sql");
        Files.writeString(
                r1,
                Files.readString(r1)
                        .replace(
                                "CREATE TABLE a (id INTEGER PRIMARY KEY);",
                                "CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);"));
        assertThrows(
                EditedScriptException.class, () -> migrate(new ArrayList<>()).upgrade("head"));

        List<String> log = new ArrayList<>();
        migrate(log).upgrade("head", false);
        assertEquals(Set.of("r2"), migrate(log).current());
        assertTrue(
                log.stream().anyMatch(l -> l.startsWith("Revision r1") && l.contains("was edited since it ran")),
                log.toString());
    }

    private Migrate migrate(List<String> log) {
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work"))
                .log(Fixtures.recording(log))
                .build());
    }
}
