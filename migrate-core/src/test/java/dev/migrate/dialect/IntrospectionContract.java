package dev.migrate.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.autogenerate.SchemaMaterializer;
import dev.migrate.autogenerate.SectionWriter;
import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * What every dialect's schema reader must do, on its real database: one schema written two ways reads the same;
 * what the renderer writes for a schema reads back as that schema; migrate's own tables are not read, whatever their
 * spelling. A dialect's test extends this with its database and its SQL, and adds what only it has.
 */
public abstract class IntrospectionContract {
    /** A cycle of foreign keys as PostgreSQL and MariaDB take it: closed by ALTER TABLE; and a self-reference. */
    protected static final String CYCLE_CLOSED_BY_ALTER = """
            CREATE TABLE voyage (id INT PRIMARY KEY, cargo_id INT);
            CREATE TABLE cargo (id INT PRIMARY KEY, voyage_id INT,
                CONSTRAINT fk_cargo_voyage FOREIGN KEY (voyage_id) REFERENCES voyage (id));
            ALTER TABLE voyage ADD CONSTRAINT fk_voyage_cargo FOREIGN KEY (cargo_id) REFERENCES cargo (id);
            CREATE TABLE node (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES node (id));
            """;

    @TempDir
    protected Path dir;

    /** An empty database of the dialect, named after {@code name}, dropped after the test. */
    protected abstract Database fresh(String name);

    /** One schema in two spellings a user might write: case, spacing, type aliases, implied defaults and names. */
    protected abstract List<String> oneSchemaTwoWays();

    /** A schema in the database's own SQL with every kind of object the model holds. */
    protected abstract String richSchema();

    /** What the rich schema needs that the model does not hold (a trigger's function), run before it. */
    protected String prelude() {
        return "";
    }

    /** Two tables whose foreign keys form a cycle, and a table that references itself, in the database's SQL. */
    protected abstract String cycleSchema();

    /** What this dialect checks besides: the rendered SQL, or what its catalog says of the copy. */
    protected void checkRendered(String sql, Database copy) throws SQLException {}

    @Test
    void theSameSchemaWrittenTwoWaysHasNoDifference() throws IOException, SQLException {
        Schema a = schemaOf("two_a", oneSchemaTwoWays().get(0));
        Schema b = schemaOf("two_b", oneSchemaTwoWays().get(1));
        assertEquals(List.of(), differences(a, b));

        Database rendered = fresh("two_rendered");
        apply(rendered, SchemaDiff.compare(Schema.empty(), a, RenameHints.none()));
        assertEquals(List.of(), differences(read(rendered, Set.of()), a), "written by the renderer");
    }

    @Test
    void renderedSchemaReadsBackTheSame() throws IOException, SQLException {
        Schema written = schemaOf("hand", prelude() + richSchema());
        List<Operation> create = SchemaDiff.compare(Schema.empty(), written, RenameHints.none());
        Database copy = fresh("copy");
        String sql = SectionWriter.write(create, copy.dialect().renderer());
        if (!prelude().isEmpty()) {
            execute(copy, prelude());
        }
        apply(copy, create);
        assertEquals(List.of(), differences(read(copy, Set.of()), written), sql);
        checkRendered(sql, copy);
    }

    /**
     * Tables in a cycle of foreign keys are created, then the key that closes the cycle is added (or, where CREATE
     * TABLE may point ahead, kept inline); going down and dropping them reverses that. Before, PostgreSQL refused the
     * first CREATE TABLE of a cycle.
     */
    @Test
    void tablesInACycleOfForeignKeysAreCreatedAndDroppedInAnOrderTheDatabaseTakes() throws IOException, SQLException {
        Schema cycle = schemaOf("cycle", cycleSchema());
        Database copy = fresh("cycle_copy");
        boolean ahead = copy.dialect().forwardReferences();
        List<Operation> up = SchemaDiff.compare(Schema.empty(), cycle, RenameHints.none(), ahead);
        apply(copy, up);
        assertEquals(List.of(), differences(read(copy, Set.of()), cycle));
        apply(copy, SchemaDiff.inverse(up));
        assertEquals(List.of(), names(read(copy, Set.of())), "the downgrade drops them all");

        apply(copy, up);
        apply(copy, SchemaDiff.compare(read(copy, Set.of()), Schema.empty(), RenameHints.none(), ahead));
        assertEquals(List.of(), names(read(copy, Set.of())), "dropping the tables of a cycle");
    }

    @Test
    void migratesOwnTablesAreNotReadInAnySpelling() throws SQLException {
        Database db = fresh("own");
        execute(
                db,
                "CREATE TABLE migrate_version (version_num VARCHAR(32) PRIMARY KEY)",
                "CREATE TABLE migrate_version_history (id INTEGER)",
                "CREATE TABLE app (id INTEGER PRIMARY KEY)");
        assertEquals(List.of("app"), names(read(db, Set.of("MIGRATE_VERSION", "Migrate_Version_History"))));
        assertEquals(3, read(db, Set.of()).tables().size());
    }

    protected Schema schemaOf(String name, String sql) throws IOException {
        Path file = dir.resolve(name + ".sql");
        Files.writeString(file, sql);
        return SchemaMaterializer.materialize(new SqlSchemaSource(List.of(file), dir), fresh(name));
    }

    protected static Schema read(Database db, Set<String> ignored) throws SQLException {
        try (Connection c = db.open()) {
            return db.dialect().readSchema(c, ignored);
        }
    }

    protected static void execute(Database db, String... sql) throws SQLException {
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    protected static void apply(Database db, List<Operation> ops) throws SQLException {
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            for (Operation op : ops) {
                for (String sql : db.dialect().renderer().render(op)) {
                    s.execute(sql);
                }
            }
        }
    }

    protected static List<String> differences(Schema from, Schema to) {
        return SchemaDiff.compare(from, to, RenameHints.none()).stream()
                .map(Operation::describe)
                .toList();
    }

    protected static List<String> names(Schema s) {
        return s.tables().stream().map(Table::name).toList();
    }
}
