package dev.migrate.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.schema.Column;
import dev.migrate.schema.Domain;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.IgnoredObjects;
import dev.migrate.schema.Routine;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tables another tool keeps in the same database (Flyway's, Liquibase's) or that the application makes itself are
 * left out of comparisons when named or matched by {@code ignore}, on both sides: the database or the migrations, and
 * the model. Judged on real SQLite files.
 */
class IgnoredObjectsTest {
    @TempDir
    Path dir;

    private Path model() throws IOException {
        return Files.writeString(
                dir.resolve("model.sql"),
                "CREATE TABLE app (id INTEGER PRIMARY KEY, name TEXT);\n"
                        + "CREATE TABLE app_cache (k TEXT PRIMARY KEY);\n");
    }

    private Migrate migrate(List<String> ignore) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        return new Migrate(Fixtures.config(dir.resolve("app.db"), dir.resolve("migrations"), dir.resolve("work"))
                .ignore(ignore)
                .build());
    }

    private List<String> operations(SchemaComparison c) {
        return c.operations().stream().map(Operation::describe).toList();
    }

    @Test
    void anotherToolsTablesInTheDatabaseAreLeftOutWhenIgnored() throws IOException {
        Path db = dir.resolve("app.db");
        Fixtures.execute(db, "CREATE TABLE app (id INTEGER PRIMARY KEY, name TEXT)");
        Fixtures.execute(db, "CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY)");
        Fixtures.execute(db, "CREATE TABLE DATABASECHANGELOG (id TEXT)");
        Fixtures.execute(db, "CREATE TABLE databasechangeloglock (id INTEGER PRIMARY KEY)");
        Fixtures.execute(db, "CREATE VIEW flyway_view AS SELECT installed_rank FROM flyway_schema_history");
        Fixtures.execute(db, "CREATE TRIGGER flyway_tr AFTER INSERT ON flyway_schema_history BEGIN SELECT 1; END");
        SqlSchemaSource source = new SqlSchemaSource(List.of(model()), dir);

        List<String> all = operations(migrate(List.of()).compare(source, true));
        assertTrue(all.stream().anyMatch(o -> o.contains("flyway_schema_history")), all.toString());
        assertTrue(all.stream().anyMatch(o -> o.contains("DATABASECHANGELOG")), all.toString());

        List<String> ignoring = operations(migrate(List.of("flyway_*", " databasechangelog* ", "app_cache"))
                .compare(source, true));
        assertEquals(List.of(), ignoring, "only the ignored objects differ");
        assertEquals(
                List.of("app", "databasechangelog", "databasechangeloglock", "flyway_schema_history"),
                Fixtures.rows(db, "SELECT lower(name) FROM sqlite_master WHERE type = 'table' ORDER BY 1"),
                "comparing changes nothing");
    }

    @Test
    void aTableTheMigrationsMakeButTheModelLacksIsLeftOutWhenIgnored() throws IOException {
        Fixtures.script(dir.resolve("migrations"), "r1")
                .up("CREATE TABLE app (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE audit_log (id INTEGER);")
                .down("DROP TABLE audit_log;\nDROP TABLE app;")
                .write();
        Path model = Files.writeString(dir.resolve("app.sql"), "CREATE TABLE app (id INTEGER PRIMARY KEY, name TEXT);");
        SqlSchemaSource source = new SqlSchemaSource(List.of(model), dir);
        assertEquals(
                List.of("drop table audit_log"), operations(migrate(List.of()).compare(source, false)));
        assertTrue(migrate(List.of("AUDIT_?OG")).compare(source, false).matches());
    }

    @Test
    void patternsMatchWholeNamesInAnyCaseAndTheLastPartOfAQualifiedOne() {
        IgnoredObjects ignored = IgnoredObjects.of(List.of("flyway_*", "t?", "", "Exact"));
        assertTrue(ignored.ignores("FLYWAY_schema_history"));
        assertTrue(ignored.ignores("audit.flyway_schema_history"));
        assertTrue(ignored.ignores("t1"));
        assertFalse(ignored.ignores("t12"));
        assertTrue(ignored.ignores("exact"));
        assertFalse(ignored.ignores("exactly"));
        assertFalse(ignored.ignores("my_flyway_x"), "a pattern matches the whole name");
        assertEquals(List.of("flyway_*", "t?", "Exact"), ignored.patterns());
    }

    /** PostgreSQL's types, domains and functions are matched by name like tables; a function whatever its arguments. */
    @Test
    void schemaObjectsAndWhatHangsOnIgnoredTablesAreLeftOut() {
        Schema schema = new Schema(
                        List.of(
                                new Table(
                                        "app",
                                        List.of(Column.of("id", "integer", false)),
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of()),
                                new Table(
                                        "audit_log",
                                        List.of(Column.of("id", "integer", false)),
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of())),
                        List.of(),
                        List.of(new Trigger(
                                "own",
                                "audit_log",
                                "CREATE POLICY own ON audit_log USING (true)",
                                Trigger.Kind.POLICY)))
                .withObjects(List.of(
                        new EnumType("audit_kind", List.of("a")),
                        new EnumType("mood", List.of("ok")),
                        new Routine("audit_touch", "integer", "CREATE OR REPLACE FUNCTION audit_touch(integer) ..."),
                        new Domain("audit_amount", "numeric", null, false, List.of())));
        Schema kept = IgnoredObjects.of(List.of("audit_*")).apply(schema);
        assertEquals(List.of("app"), kept.tables().stream().map(Table::name).toList());
        assertEquals(List.of(), List.copyOf(kept.triggers()));
        assertEquals(
                List.of("mood"), kept.objects().stream().map(SchemaObject::key).toList());
    }
}
