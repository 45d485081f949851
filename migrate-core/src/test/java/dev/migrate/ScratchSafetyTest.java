package dev.migrate;

import static dev.migrate.servers.TestServers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import dev.migrate.testing.TestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A named scratch database (migrate.scratchUrl) is emptied before use, so migrate refuses one that is the
 * database being migrated, however its URL is spelt, and one holding tables migrate did not put there unless
 * allowed. Before, migrate:test with the configured URL as its scratch URL dropped every table of the real
 * database and passed.
 */
@Tag("server")
class ScratchSafetyTest {
    @TempDir
    Path dir;

    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    private Migrate migrate(DatabaseConfig db, DatabaseConfig scratch, boolean overwrite) {
        Path migrations = dir.resolve("migrations");
        if (!Files.exists(migrations.resolve("r1.sql"))) {
            Fixtures.script(migrations, "r1")
                    .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                    .down("DROP TABLE a;")
                    .write();
        }
        return new Migrate(Fixtures.config(db, dir)
                .scratch(scratch)
                .scratchOverwrite(overwrite)
                .build());
    }

    private static void refusedAsTheSameDatabase(Migrate migrate) {
        MigrateException e = assertThrows(MigrateException.class, migrate::test);
        assertTrue(
                e.getMessage().startsWith("The scratch database ")
                        && e.getMessage().contains(" is the database " + "being migrated ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("using it would drop every table in it"), e.getMessage());
        assertEquals(
                "Name another, empty database for MigrateConfig.scratch, one that holds nothing to keep.", e.hint());
    }

    @Test
    void sqliteTheConfiguredFileUnderAnyPathIsRefused() throws Exception {
        Path file = dir.resolve("app.db");
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + file, null, null);
        execute(db, "CREATE TABLE important (id INTEGER)", "INSERT INTO important VALUES (1)");
        Path link = dir.resolve("link.db");
        Files.createSymbolicLink(link, file);

        for (String url : List.of(
                "jdbc:sqlite:" + file,
                "jdbc:sqlite:" + dir.resolve(".").resolve("app.db"),
                "jdbc:sqlite:" + dir.resolve("sub").resolve("..").resolve("app.db"),
                "jdbc:sqlite:" + link)) {
            Files.createDirectories(dir.resolve("sub"));
            refusedAsTheSameDatabase(migrate(db, new DatabaseConfig(url, null, null), true));
        }
        assertEquals(
                List.of("important|1"),
                rows(
                        db,
                        "SELECT name || '|' || (SELECT count(*) FROM important) "
                                + "FROM sqlite_master WHERE type = 'table'"));
    }

    @Test
    void postgresTheConfiguredDatabaseUnderAnotherSpellingIsRefused() {
        String name = "scr_pg_same";
        DatabaseConfig db = TestServers.freshPostgres(name);
        cleanups.add(
                () -> TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        execute(db, "CREATE TABLE important (id INT)", "INSERT INTO important VALUES (1)");

        for (String url : List.of(
                db.url(),
                db.url().replace("127.0.0.1", "localhost"),
                db.url() + "?ApplicationName=scratch",
                db.url().replace(":5432", ""))) {
            refusedAsTheSameDatabase(migrate(db, new DatabaseConfig(url, db.user(), db.password()), true));
        }
        assertEquals(List.of("1"), rows(db, "SELECT count(*) FROM important"));
    }

    @Test
    void mariadbTheConfiguredDatabaseUnderAnotherSpellingIsRefused() {
        String name = "scr_maria_same";
        DatabaseConfig db = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        execute(db, "CREATE TABLE important (id INT)", "INSERT INTO important VALUES (1)");

        for (String url : List.of(
                db.url(),
                db.url().replace("127.0.0.1", "localhost"),
                db.url() + "?connectTimeout=5000",
                db.url().replace(":3306", ""))) {
            refusedAsTheSameDatabase(migrate(db, new DatabaseConfig(url, db.user(), db.password()), true));
        }
        assertEquals(List.of("1"), rows(db, "SELECT count(*) FROM important"));
    }

    @Test
    void aScratchDatabaseHoldingOtherTablesNeedsScratchOverwrite() {
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null);
        DatabaseConfig scratch = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("scratch.db"), null, null);
        execute(
                scratch,
                "CREATE TABLE keep (id INTEGER)",
                "INSERT INTO keep VALUES (1)",
                "CREATE VIEW seen AS " + "SELECT 1");

        MigrateException e = assertThrows(
                MigrateException.class, () -> migrate(db, scratch, false).test());
        assertEquals(
                "The scratch database " + scratch.url() + " holds tables migrate did not put there (keep, seen):"
                        + " using it would drop them",
                e.getMessage());
        assertEquals(
                "Name an empty database for MigrateConfig.scratch, or set scratchOverwrite=true to let "
                        + "migrate drop everything in this one.",
                e.hint());
        assertEquals(List.of("1"), rows(scratch, "SELECT count(*) FROM keep"));

        TestReport report = migrate(db, scratch, true).test();
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(), rows(scratch, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    }

    /** A run killed while using the scratch database leaves its tables and migrate's marker: still migrate's own. */
    @Test
    void tablesLeftBesideMigratesMarkerAreMigratesOwn() {
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null);
        DatabaseConfig scratch = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("scratch.db"), null, null);
        execute(
                scratch,
                "CREATE TABLE a (id INTEGER PRIMARY KEY)",
                "CREATE TABLE migrate_scratch_marker (created_by VARCHAR(200))");

        TestReport report = migrate(db, scratch, false).test();

        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(), rows(scratch, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    }

    private static void execute(DatabaseConfig db, String... sql) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
