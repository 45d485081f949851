package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A scratch database the user names (scratchUrl) is emptied before use and left empty afterwards. */
class NamedScratchTest {
    @TempDir
    Path dir;

    @Test
    void testAndAutogenerateUseTheNamedScratchDatabaseAndLeaveItEmpty() throws Exception {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY, "
                        + "a_id INTEGER REFERENCES a (id));\nCREATE VIEW v AS SELECT id FROM b;")
                .down("DROP VIEW v;\nDROP TABLE b;")
                .write();
        Path scratch = dir.resolve("scratch.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + scratch);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE leftover (id INTEGER)");
        }
        Migrate migrate = new Migrate(Fixtures.config(dir.resolve("app.db"), migrations, dir.resolve("work"))
                .scratch(new DatabaseConfig("jdbc:sqlite:" + scratch, null, null))
                .scratchOverwrite(true)
                .build());

        TestReport report = migrate.test();
        assertTrue(report.passed(), report.toString());
        assertEquals(
                List.of("a", "b"),
                migrate.migrationsSchema().tables().stream().map(t -> t.name()).toList());

        assertEquals(
                List.of(),
                Fixtures.rows(scratch, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"),
                "everything dropped, the leftover table included");
        assertFalse(Files.exists(dir.resolve("app.db")), "the configured database is never touched");
        assertFalse(
                Files.exists(dir.resolve("work"))
                        && Files.list(dir.resolve("work")).findAny().isPresent(),
                "no scratch database of migrate's own was created");
    }
}
