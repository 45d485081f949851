package dev.migrate.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.script.RevisionRequest;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Drift: a database changed by hand (a column added, an index dropped) is reported against the schema its applied
 * migrations build, and the drift captured as a revision gives a fresh database, upgraded, the same catalog as the
 * drifted one: judged by each database's own catalog, not by migrate's diff.
 */
class DriftTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() throws IOException {
        Path file = dir.resolve("app.db");
        Files.createDirectories(dir.resolve("migrations"));
        assertTrue(
                new Migrate(Fixtures.config(file, dir.resolve("migrations"), dir.resolve("work"))
                                .build())
                        .drift()
                        .isEmpty(),
                "a database that does not exist yet has no drift");
        scenario(
                new DatabaseConfig("jdbc:sqlite:" + file, null, null),
                new DatabaseConfig("jdbc:sqlite:" + dir.resolve("fresh.db"), null, null),
                "DROP INDEX users_email",
                db -> sqliteCatalog(Path.of(db.url().substring("jdbc:sqlite:".length()))));
    }

    @Test
    @Tag("server")
    void postgresql() throws IOException {
        scenario(
                TestServers.freshPostgres("drift"),
                TestServers.freshPostgres("drift_fresh"),
                "DROP INDEX users_email",
                db -> TestServers.rows(
                        db,
                        "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                                + " || coalesce(character_maximum_length::text, '') FROM information_schema.columns"
                                + " WHERE table_schema = 'public' AND table_name NOT LIKE 'migrate_version%'"
                                + " UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"
                                + " AND tablename NOT LIKE 'migrate_version%' ORDER BY 1"));
    }

    @Test
    @Tag("server")
    void mariadb() throws IOException {
        scenario(
                TestServers.freshMariadb("drift"),
                TestServers.freshMariadb("drift_fresh"),
                "DROP INDEX users_email ON users",
                db -> TestServers.rows(
                        db,
                        "SELECT concat(table_name, '.', column_name, ' ', column_type, ' ', is_nullable) FROM"
                                + " information_schema.columns WHERE table_schema = database() AND table_name NOT LIKE"
                                + " 'migrate_version%' UNION ALL SELECT concat(table_name, ' index ', index_name, ' ',"
                                + " column_name, ' ', non_unique) FROM information_schema.statistics WHERE"
                                + " table_schema = database() AND table_name NOT LIKE 'migrate_version%' ORDER BY 1"));
    }

    private void scenario(
            DatabaseConfig db, DatabaseConfig fresh, String dropIndex, Function<DatabaseConfig, List<String>> catalog)
            throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "a1")
                .up("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);\n"
                        + "CREATE INDEX users_email ON users (email);")
                .down("DROP TABLE users;")
                .write();
        Fixtures.script(migrations, "a2")
                .revises("a1")
                .up("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200));")
                .down("DROP TABLE notes;")
                .write();
        Migrate migrate = new Migrate(Fixtures.config(db, dir).build());
        assertTrue(
                migrate.drift().map(SchemaComparison::matches).orElse(true),
                "a database that does not exist yet, or is empty, has no drift");
        migrate.upgrade("head");
        assertEquals(List.of(), migrate.drift().orElseThrow().operations(), "no drift after upgrading");
        List<String> migrated = catalog.apply(db);

        TestServers.execute(db, "ALTER TABLE users ADD COLUMN nickname VARCHAR(40)", dropIndex);
        List<String> drifted = catalog.apply(db);
        assertNotEquals(migrated, drifted, "the change by hand shows in the catalog");

        SchemaComparison drift = migrate.drift().orElseThrow();
        String described = String.join("\n", drift.describe());
        assertTrue(described.contains("nickname"), described);
        assertTrue(described.contains("users_email"), described);
        assertTrue(drift.current().contains("the applied migrations build (at a2)"), drift.current());
        assertEquals(
                List.of("a2"),
                TestServers.rows(db, "SELECT version_num FROM migrate_version"),
                "reading the drift changes nothing");
        assertEquals(drifted, catalog.apply(db), "reading the drift changes nothing");

        Autogenerated captured = migrate.revisionFromDrift(
                new RevisionRequest("capture hand changes", "head", Set.of(), List.of(), "a3", true, "", ""),
                SafeForms.PLAIN);
        assertEquals(List.of("a3"), captured.revisions());
        String script = Files.readString(captured.script());
        assertTrue(script.contains("nickname"), script);
        assertEquals(drifted, catalog.apply(db), "capturing the drift leaves the database as it is");

        MigrateException notAtHead = assertThrows(
                MigrateException.class, () -> migrate.revisionFromDrift(RevisionRequest.of("again"), SafeForms.PLAIN));
        assertTrue(notAtHead.getMessage().contains("not at the head (a3)"), notAtHead.getMessage());

        migrate.stamp("a3", false);
        assertEquals(List.of(), migrate.drift().orElseThrow().operations(), "stamped, the drift is captured");

        // another database gets the change by upgrading, and back by downgrading
        Migrate other = new Migrate(Fixtures.config(fresh, dir).build());
        other.upgrade("head");
        assertEquals(drifted, catalog.apply(fresh), "the captured revision builds the drifted database's schema");
        other.downgrade("a2");
        assertEquals(migrated, catalog.apply(fresh), "its downgrade undoes it");
    }

    private static List<String> sqliteCatalog(Path db) {
        List<String> out = new ArrayList<>(
                Fixtures.rows(
                        db,
                        "SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p.\"notnull\" FROM sqlite_master m,"
                                + " pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'migrate_version%'"));
        out.addAll(Fixtures.rows(
                db,
                "SELECT m.name || ' index ' || i.name || ' ' || c.name FROM sqlite_master m,"
                        + " pragma_index_list(m.name) i, pragma_index_info(i.name) c WHERE m.type = 'table'"
                        + " AND m.name NOT LIKE 'migrate_version%'"));
        out.sort(null);
        return out;
    }
}
