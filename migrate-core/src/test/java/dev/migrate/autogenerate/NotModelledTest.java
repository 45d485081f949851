package dev.migrate.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.script.RevisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the database holds that the model cannot represent is named as not compared, in the comparison and in the
 * revision, never rendered as something else: an FTS5 virtual table and its shadow tables, on a real SQLite file.
 */
class NotModelledTest {
    @TempDir
    Path dir;

    @Test
    void aVirtualTableIsNamedAsNotComparedAndItsShadowTablesAreNotTakenForTables() throws IOException {
        Path db = dir.resolve("app.db");
        Fixtures.execute(db, "CREATE TABLE app (id INTEGER PRIMARY KEY)");
        Fixtures.execute(db, "CREATE VIRTUAL TABLE docs USING fts5(body)");
        Files.createDirectories(dir.resolve("migrations"));
        Migrate migrate = new Migrate(Fixtures.config(db, dir.resolve("migrations"), dir.resolve("work"))
                .build());
        Path same = Files.writeString(dir.resolve("same.sql"), "CREATE TABLE app (id INTEGER PRIMARY KEY);");

        SchemaComparison c = migrate.compare(new SqlSchemaSource(List.of(same), dir), true);
        assertTrue(c.matches(), c.describe().toString());
        assertEquals(List.of("virtual table docs USING fts5"), c.notCompared());
        assertEquals(List.of("not compared: virtual table docs USING fts5"), c.warnings());

        Path grown = Files.writeString(dir.resolve("grown.sql"), "CREATE TABLE app (id INTEGER PRIMARY KEY, n TEXT);");
        Path script = migrate.autogenerate(RevisionRequest.of("grow"), new SqlSchemaSource(List.of(grown), dir), true)
                .script();
        String text = Files.readString(script);
        assertTrue(
                text.contains("-- migrate:upgrade\n-- WARNING: not compared: virtual table docs USING fts5\n"), text);
        assertTrue(!text.contains("docs_data") && !text.contains("CREATE TABLE docs"), text);
        assertTrue(text.contains("ALTER TABLE app ADD COLUMN n TEXT;"), text);
    }
}
