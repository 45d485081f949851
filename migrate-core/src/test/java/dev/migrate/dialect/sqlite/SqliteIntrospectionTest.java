package dev.migrate.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.autogenerate.SchemaMaterializer;
import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.IntrospectionContract;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** What SQLite introspection reads from real databases, and that one schema written two ways compares equal. */
class SqliteIntrospectionTest extends IntrospectionContract {
    @Override
    protected Database fresh(String name) {
        return new Database(new DatabaseConfig("jdbc:sqlite:" + dir.resolve(name + ".db"), null, null));
    }

    @Test
    void readsKeysConstraintsIndexesGeneratedColumnsViewsAndTriggers() throws IOException {
        Schema s = schemaOf("full", richSchema());
        Table parent = s.table("parent").orElseThrow();
        assertTrue(parent.column("id").orElseThrow().autoIncrement());
        assertEquals(List.of(new UniqueConstraint("uq_code", List.of("code"))), parent.uniques());

        Table child = s.table("child").orElseThrow();
        assertEquals(new PrimaryKey("pk_child", List.of("id")), child.primaryKey());
        assertEquals(
                List.of(new ForeignKey(
                        "fk_parent", List.of("parent_id"), "parent", List.of("id"), "CASCADE", "SET NULL")),
                child.foreignKeys());
        assertEquals(
                List.of(new CheckConstraint(null, "qty >= 0"), new CheckConstraint("ck_ab", "a <> b")), child.checks());
        assertEquals(List.of(new UniqueConstraint(null, List.of("a", "b"))), child.uniques());
        Column qty = child.column("qty").orElseThrow();
        assertEquals("0", qty.defaultValue());
        assertTrue(qty.nullable());
        Column price = child.column("price").orElseThrow();
        assertFalse(price.nullable());
        assertEquals("1.5", price.defaultValue());
        Column total = child.column("total").orElseThrow();
        assertEquals("qty * price", total.generated());
        assertTrue(total.stored());
        assertEquals(
                List.of(
                        new Index("ix_live", false, List.of("a"), "b IS NOT NULL"),
                        new Index("ix_lower", true, List.of("lower(a)", "b"), null)),
                child.indexes());
        assertEquals(
                "CREATE VIEW v AS SELECT id FROM child",
                s.view("v").orElseThrow().sql());
        assertEquals("child", s.trigger("tr").orElseThrow().table());
        assertNull(child.column("id").orElseThrow().defaultValue());
    }

    /** SQLite lets CREATE TABLE name a table created after it. */
    @Override
    protected String cycleSchema() {
        return """
                CREATE TABLE voyage (id INTEGER PRIMARY KEY, cargo_id INTEGER,
                    CONSTRAINT fk_voyage_cargo FOREIGN KEY (cargo_id) REFERENCES cargo (id));
                CREATE TABLE cargo (id INTEGER PRIMARY KEY, voyage_id INTEGER,
                    CONSTRAINT fk_cargo_voyage FOREIGN KEY (voyage_id) REFERENCES voyage (id));
                CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER, FOREIGN KEY (parent_id) REFERENCES node (id));
                """;
    }

    @Override
    protected String richSchema() {
        return """
                CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT CONSTRAINT uq_code UNIQUE);
                CREATE TABLE child (
                    id INTEGER NOT NULL,
                    parent_id INTEGER CONSTRAINT fk_parent REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
                    qty INTEGER DEFAULT (0) CHECK (qty >= 0),
                    price REAL NOT NULL DEFAULT 1.5,
                    total REAL GENERATED ALWAYS AS (qty * price) STORED,
                    a TEXT, b TEXT,
                    CONSTRAINT pk_child PRIMARY KEY (id),
                    CONSTRAINT ck_ab CHECK (a <> b),
                    UNIQUE (a, b)
                );
                CREATE INDEX ix_live ON child (a) WHERE b IS NOT NULL;
                CREATE UNIQUE INDEX ix_lower ON child (lower(a), b);
                CREATE VIEW v AS SELECT id FROM child;
                CREATE TRIGGER tr AFTER INSERT ON child BEGIN SELECT 1; END;
                """;
    }

    @Override
    protected List<String> oneSchemaTwoWays() {
        return List.of("""
                CREATE TABLE t (id INTEGER PRIMARY KEY, name varchar ( 20 ) not null default 'x',
                  n INT DEFAULT (0), CONSTRAINT fk FOREIGN KEY (n) REFERENCES u(id));
                CREATE TABLE u (id INTEGER PRIMARY KEY);
                CREATE INDEX ix ON t(name);
                """, """
                create table u (id integer not null, primary key (id));
                create table t (
                    id integer not null,
                    name VARCHAR(20) NOT NULL DEFAULT 'x',
                    n int default 0,
                    primary key (id),
                    foreign key (n) references u (id) on delete no action
                );
                create index ix on t (name);
                """);
    }

    @Test
    void renameHintsComeFromCommentsAboveTablesAndColumns() throws IOException {
        Path file = dir.resolve("hints.sql");
        Files.writeString(file, """
                -- the todo list
                -- migrate:renamed_from todo_items
                CREATE TABLE todos (
                    id INTEGER PRIMARY KEY,
                    -- migrate:renamed_from label
                    title TEXT NOT NULL,
                    done INTEGER, -- migrate:renamed_from finished
                    CONSTRAINT ck CHECK (done IN (0, 1))
                );
                """);
        SqlSchemaSource source = new SqlSchemaSource(List.of(file), dir);
        source.statements(new Database(new DatabaseConfig("jdbc:sqlite::memory:", null, null)).dialect());
        RenameHints hints = source.hints();
        assertEquals("todo_items", hints.formerTableName("todos").orElseThrow());
        assertEquals("label", hints.formerColumnName("todos", "title").orElseThrow());
        assertEquals("finished", hints.formerColumnName("todos", "done").orElseThrow());
        assertTrue(hints.formerColumnName("todos", "id").isEmpty());
    }

    @Test
    void aFailingSchemaStatementIsReportedWithItsFileAndLine() throws IOException {
        Path file = dir.resolve("bad.sql");
        Files.writeString(file, "CREATE TABLE a (id INTEGER);\n\nCREATE TABLE a (id INTEGER);\n");
        Database db = new Database(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("bad.db"), null, null));
        dev.migrate.base.MigrateException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.migrate.base.MigrateException.class,
                () -> SchemaMaterializer.materialize(new SqlSchemaSource(List.of(file), dir), db));
        assertTrue(e.getMessage().startsWith("bad.sql:3: the schema source fails on sqlite: "), e.getMessage());
        assertTrue(e.getMessage().contains("table a already exists"), e.getMessage());
    }

    /**
     * A column declared without a type has none (SQLite allows it), and is written back without one; an INTEGER
     * PRIMARY KEY is written as users write it, without the NOT NULL its rowid implies.
     */
    @Test
    void aColumnWithoutATypeReadsAndRendersBackWithoutOneAndTheRowidGainsNoNotNull() throws IOException, SQLException {
        Schema s = schemaOf("untyped", "CREATE TABLE t (id INTEGER PRIMARY KEY, data, note TEXT);");
        assertEquals("", s.table("t").orElseThrow().column("data").orElseThrow().type());
        Database copy = fresh("untyped_copy");
        apply(copy, SchemaDiff.compare(Schema.empty(), s, RenameHints.none()));
        assertEquals(List.of(), differences(read(copy, Set.of()), s));
        String create = copy.dialect()
                .renderer()
                .render(SchemaDiff.compare(Schema.empty(), s, RenameHints.none())
                        .get(0))
                .get(0);
        assertEquals("CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    data,\n    note TEXT\n)", create);
    }

    /** STRICT and WITHOUT ROWID are read, compared however they are written, and rendered back. */
    /** SQLite tells a key's deferral only in the CREATE TABLE text; NOT DEFERRABLE is a key checked at once. */
    @Test
    void foreignKeysKeepWhenTheyAreChecked() throws IOException {
        Schema s = schemaOf("deferral", """
                CREATE TABLE p (a INTEGER, b INTEGER, PRIMARY KEY (a, b));
                CREATE TABLE c (id INTEGER PRIMARY KEY,
                    x INTEGER REFERENCES p (a) DEFERRABLE INITIALLY DEFERRED,
                    y INTEGER CONSTRAINT fk_y REFERENCES p (a) ON DELETE CASCADE DEFERRABLE,
                    z INTEGER REFERENCES p (a) NOT DEFERRABLE INITIALLY DEFERRED,
                    a INTEGER, b INTEGER,
                    FOREIGN KEY (a, b) REFERENCES p (a, b) DEFERRABLE INITIALLY DEFERRED);
                """);
        assertEquals(
                java.util.Map.of(
                        "x", ForeignKey.INITIALLY_DEFERRED,
                        "y", ForeignKey.DEFERRABLE,
                        "z", "none",
                        "a,b", ForeignKey.INITIALLY_DEFERRED),
                s.table("c").orElseThrow().foreignKeys().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                f -> String.join(",", f.columns()),
                                f -> f.deferral() == null ? "none" : f.deferral())));
    }

    @Test
    void strictAndWithoutRowidTablesKeepTheirOptions() throws IOException, SQLException {
        Schema s = schemaOf("options", """
                CREATE TABLE s (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
                CREATE TABLE w (k TEXT PRIMARY KEY, v ANY) without   rowid , strict;
                CREATE TABLE plain (id INTEGER PRIMARY KEY);
                """);
        assertEquals("STRICT", s.table("s").orElseThrow().options());
        assertEquals("STRICT, WITHOUT ROWID", s.table("w").orElseThrow().options());
        assertNull(s.table("plain").orElseThrow().options());
        Database copy = fresh("options_copy");
        apply(copy, SchemaDiff.compare(Schema.empty(), s, RenameHints.none(), true));
        assertEquals(List.of(), differences(read(copy, Set.of()), s));
        assertEquals(
                List.of("CREATE TABLE s (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL\n) STRICT"),
                sql(copy, "SELECT sql FROM sqlite_master WHERE name = 's'"));
    }

    /** SQLite cannot ALTER a table's options: the change rebuilds the table, and keeps its rows both ways. */
    @Test
    void changingATablesOptionsRebuildsItAndKeepsItsRows() throws IOException, SQLException {
        Schema plain = schemaOf("plain", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);");
        Schema strict = schemaOf("strict", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT) STRICT;");
        Database db = fresh("rebuilt");
        apply(db, SchemaDiff.compare(Schema.empty(), plain, RenameHints.none(), true));
        execute(db, "INSERT INTO t VALUES (1, 'a')", "INSERT INTO t VALUES (2, 'b')");
        List<Operation> up = SchemaDiff.compare(plain, strict, RenameHints.none(), true);
        assertEquals(
                List.of("alter table t:\n  options none -> STRICT"),
                up.stream().map(Operation::describe).toList());
        apply(db, up);
        assertEquals(List.of(), differences(read(db, Set.of()), strict));
        assertEquals(List.of("1|a", "2|b"), sql(db, "SELECT id || '|' || name FROM t ORDER BY id"));
        apply(db, SchemaDiff.inverse(up));
        assertEquals(List.of(), differences(read(db, Set.of()), plain));
        assertEquals(List.of("1|a", "2|b"), sql(db, "SELECT id || '|' || name FROM t ORDER BY id"));
    }

    /** A table rebuild drops the views that use it, and views that use those, and creates them again in order. */
    @Test
    void aRebuildRecreatesViewsThatDependOnViewsInOrder() throws IOException, SQLException {
        String views = "CREATE VIEW v1 AS SELECT id, name FROM t;\nCREATE VIEW v2 AS SELECT name FROM v1;\n";
        Schema before = schemaOf("views_before", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\n" + views);
        Schema after = schemaOf(
                "views_after", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');\n" + views);
        Database db = fresh("views");
        apply(db, SchemaDiff.compare(Schema.empty(), before, RenameHints.none(), true));
        execute(db, "INSERT INTO t VALUES (1, NULL)");
        List<Operation> up = SchemaDiff.compare(before, after, RenameHints.none(), true);
        apply(db, up);
        assertEquals(List.of(), differences(read(db, Set.of()), after));
        assertEquals(List.of("x"), sql(db, "SELECT name FROM v2"));
        apply(db, SchemaDiff.inverse(up));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
    }

    private static List<String> sql(Database db, String query) throws SQLException {
        try (java.sql.Connection c = db.open()) {
            return dev.migrate.dialect.Rows.strings(c, query);
        }
    }
}
