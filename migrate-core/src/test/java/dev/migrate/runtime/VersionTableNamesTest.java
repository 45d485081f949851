package dev.migrate.runtime;

import static dev.migrate.servers.TestServers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import dev.migrate.testing.TestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The version table is found again under every spelling that names the same table to the database, and only
 * then: SQLite's case-insensitive names and its main schema, PostgreSQL's folding and search_path, MariaDB's
 * lower_case_table_names. A version table that is not found makes every run start from base again, re-running the
 * first migration (a non-transactional script inserts its rows again each time).
 */
@Tag("server")
class VersionTableNamesTest {
    @TempDir
    Path dir;

    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    private void scripts() {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .header("-- transactional: false")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY);\nINSERT INTO a (id) VALUES (1);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE b;")
                .write();
    }

    private Migrate migrate(DatabaseConfig db, String versionTable) {
        return new Migrate(Fixtures.config(db, dir).versionTable(versionTable).build());
    }

    /** Upgrades with the first name, then each other name must see the database at head and find nothing to do. */
    private void sameTable(DatabaseConfig db, String first, String... others) {
        scripts();
        assertEquals(2, migrate(db, first).upgrade("head").steps().size());
        for (String other : others) {
            Migrate again = migrate(db, other);
            assertEquals(Set.of("r2"), again.current(), other + " names the table " + first + " names");
            assertEquals(0, again.upgrade("head").steps().size(), other);
            assertEquals(0, again.status().count(dev.migrate.runtime.Status.State.PENDING), other);
        }
        assertEquals(List.of("1"), rows(db, "SELECT id FROM a"), "the first migration ran once");
    }

    // ----- SQLite -----

    private DatabaseConfig sqlite() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null);
    }

    /** Before: main.migrate_version and Migrate_Version were never found again (sqlite_master name = ?). */
    @Test
    void sqliteNamesAreCaseInsensitiveAndMainIsTheSchema() {
        sameTable(
                sqlite(),
                "main.migrate_version",
                "main.migrate_version",
                "migrate_version",
                "Migrate_Version",
                "MAIN.MIGRATE_VERSION",
                "main.Migrate_Version");
        assertEquals(
                List.of("migrate_version", "migrate_version_history"),
                rows(sqlite(), "SELECT name FROM sqlite_master WHERE name LIKE 'migrate%' ORDER BY name"));
    }

    /** migrate:test leaves the version tables out of its comparison under any spelling of their name. */
    @Test
    void sqliteMigrationTestIgnoresAQualifiedVersionTable() {
        scripts();
        TestReport report = migrate(sqlite(), "main.Migrate_Version").test();
        assertTrue(report.passed(), String.valueOf(report));
    }

    /** temp vanishes with the connection and attached schemas are not attached on migrate's connections. */
    @Test
    void sqliteRefusesASchemaOtherThanMain() {
        scripts();
        for (String name : List.of("temp.migrate_version", "aux.migrate_version")) {
            MigrateException e = assertThrows(
                    MigrateException.class, () -> migrate(sqlite(), name).upgrade("head"));
            assertEquals(
                    "The version table '" + name + "' is not in SQLite's main schema: "
                            + (name.startsWith("temp")
                                    ? "a temp table vanishes when migrate's connection closes"
                                    : "migrate's connections attach no other database"),
                    e.getMessage());
            assertEquals(
                    "Name the version table without a schema (MigrateConfig.versionTable), or with main.", e.hint());
        }
        assertEquals(false, java.nio.file.Files.exists(dir.resolve("app.db")), "nothing was created");
    }

    // ----- PostgreSQL -----

    private DatabaseConfig postgres(String name, String parameters) {
        DatabaseConfig fresh = TestServers.freshPostgres(name);
        cleanups.add(
                () -> TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        return new DatabaseConfig(fresh.url() + parameters, fresh.user(), fresh.password());
    }

    @Test
    void postgresFoldsUnquotedNamesAndFollowsTheSearchPath() {
        DatabaseConfig db = postgres("it12vt_fold", "");
        sameTable(
                db,
                "Migrate_Version",
                "Migrate_Version",
                "migrate_version",
                "public.migrate_version",
                "PUBLIC.MIGRATE_VERSION");
        assertEquals(
                List.of("public.migrate_version", "public.migrate_version_history"),
                rows(
                        db,
                        "SELECT schemaname || '.' || tablename FROM pg_tables WHERE tablename LIKE 'migrate%' ORDER BY 1"));
        TestReport report = migrate(db, "Public.Migrate_Version").test();
        assertTrue(report.passed(), String.valueOf(report));
    }

    @Test
    void postgresUnqualifiedNamesLiveInTheFirstSchemaOfTheSearchPath() {
        DatabaseConfig server = postgres("it12vt_path", "");
        TestServers.execute(server, "CREATE SCHEMA audit");
        DatabaseConfig db = new DatabaseConfig(server.url() + "?currentSchema=audit", server.user(), null);
        sameTable(db, "migrate_version", "migrate_version", "audit.migrate_version", "Audit.Migrate_Version");
        assertEquals(
                List.of("audit.migrate_version", "audit.migrate_version_history"),
                rows(
                        db,
                        "SELECT schemaname || '.' || tablename FROM pg_tables WHERE tablename LIKE 'migrate%' ORDER BY 1"));
        // the same database through a URL without the search path does not see it: it is at base there
        assertEquals(Set.of(), migrate(server, "migrate_version").current());
    }

    // ----- MariaDB -----

    private DatabaseConfig mariadb(String name) {
        DatabaseConfig fresh = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        return fresh;
    }

    @Test
    void mariadbQualifiedByTheConnectedDatabase() {
        DatabaseConfig db = mariadb("it12vt_q");
        sameTable(db, "it12vt_q.migrate_version", "it12vt_q.migrate_version", "migrate_version");
    }

    /**
     * With lower_case_table_names=0 (Linux's default) table names are case-sensitive: Migrate_Version is another
     * table than migrate_version. Before: information_schema's case-insensitive comparison said it existed, and
     * every run failed reading it ("Table 'it12vt_case.Migrate_Version' doesn't exist").
     */
    @Test
    void mariadbFollowsLowerCaseTableNames() {
        DatabaseConfig db = mariadb("it12vt_case");
        scripts();
        migrate(db, "migrate_version").upgrade("head");
        int mode = Integer.parseInt(rows(db, "SELECT @@lower_case_table_names").get(0));
        Migrate otherCase = migrate(db, "Migrate_Version");
        if (mode == 0) {
            assertEquals(Set.of(), otherCase.current(), "another table: nothing applied in it");
            assertEquals(2L, otherCase.status().count(dev.migrate.runtime.Status.State.PENDING));
        } else {
            assertEquals(Set.of("r2"), otherCase.current(), "the same table when names are compared in lower case");
        }
    }
}
