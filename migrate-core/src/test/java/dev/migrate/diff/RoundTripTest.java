package dev.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.autogenerate.SectionWriter;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Many generated pairs of schemas on real databases: upgrade(current -> desired) leaves exactly the desired
 * schema and every row of the tables that stay; the downgrade leaves exactly the current schema again. A dialect's
 * test gives two empty databases per pair and the column types to draw from.
 */
public abstract class RoundTripTest {
    private static final String[] ACTIONS = {null, "CASCADE", "SET NULL", "RESTRICT"};

    private String[] types;

    /** How many pairs to try; each costs two fresh databases. */
    protected abstract int pairs();

    /**
     * Column types the generated schemas use: the first is the keys' integer type, the second a text type (column
     * c0 keeps it, since checks, unique and expression indexes use it as text); each must accept the values '1' to
     * '3' and convert them to any other.
     */
    protected abstract String[] types();

    /** A new empty database named {@code name}. */
    protected abstract Database emptyDatabase(String name) throws SQLException;

    /** How a foreign key may be checked: null (at once) first; databases with DEFERRABLE add theirs. */
    protected String[] deferrals() {
        return new String[] {null};
    }

    /** Table options to draw from, null (none) first, as CREATE TABLE takes them. */
    protected String[] tableOptions() {
        return new String[] {null};
    }

    /** Whether the database has sequences; they are generated beside the tables when it does. */
    protected boolean sequences() {
        return false;
    }

    /**
     * The schema objects (types, domains...) beside the tables: generated when {@code current} is null, else
     * {@code current} changed. None unless the database has them.
     */
    protected List<SchemaObject> objects(Random random, List<SchemaObject> current) {
        return List.of();
    }

    /** False for databases without indexes on expressions or partial indexes (MariaDB, MySQL). */
    protected boolean expressionAndPartialIndexes() {
        return true;
    }

    @Test
    void upgradeReachesTheDesiredSchemaAndDowngradeTheCurrentOne() throws SQLException {
        types = types();
        for (int seed = 1; seed <= pairs(); seed++) {
            Random random = new Random(seed);
            List<Table> current = tables(random, 1 + random.nextInt(4), "t");
            RenameHints hints = RenameHints.none();
            List<Table> desired = mutate(random, current, hints);
            List<Sequence> currentSequences = sequences() ? sequences(random) : List.of();
            List<Sequence> desiredSequences = sequences() ? mutateSequences(random, currentSequences) : List.of();
            Database db = emptyDatabase("pair" + seed);
            Database wanted = emptyDatabase("wanted" + seed);
            List<SchemaObject> currentObjects = objects(random, null);
            List<SchemaObject> desiredObjects = objects(random, currentObjects);
            Schema start = build(db, current, currentSequences, currentObjects);
            Schema goal = build(wanted, desired, desiredSequences, desiredObjects);
            Map<String, Long> rows = fill(db, start);

            List<Operation> ops = SchemaDiff.compare(start, goal, hints);
            String context = "seed " + seed + "\n"
                    + SectionWriter.write(ops, db.dialect().renderer());
            run(db, ops, context);
            assertSame(goal, read(db), "after upgrade, " + context);
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                String table = renamedTo(e.getKey(), hints, goal);
                if (table != null) {
                    assertEquals(e.getValue(), count(db, table), "rows of " + table + " kept, " + context);
                }
            }
            List<Operation> back = SchemaDiff.inverse(ops);
            run(
                    db,
                    back,
                    context + "\n-- downgrade\n"
                            + SectionWriter.write(back, db.dialect().renderer()));
            assertSame(start, read(db), "after downgrade, " + context);
        }
    }

    private static String renamedTo(String table, RenameHints hints, Schema goal) {
        if (goal.table(table).isPresent() && hints.formerTableName(table).isEmpty()) {
            return table;
        }
        return goal.tables().stream()
                .map(Table::name)
                .filter(n ->
                        hints.formerTableName(n).map(table::equalsIgnoreCase).orElse(false))
                .findFirst()
                .orElse(null);
    }

    private static void assertSame(Schema expected, Schema actual, String context) {
        List<Operation> left = SchemaDiff.compare(actual, expected, RenameHints.none());
        if (!left.isEmpty()) {
            fail(context + "\nstill differs: "
                    + left.stream().map(Operation::describe).toList());
        }
    }

    // ----- generated schemas -----

    private List<Table> tables(Random random, int count, String prefix) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tables.add(table(random, prefix + i, tables));
        }
        return tables;
    }

    private Table table(Random random, String name, List<Table> earlier) {
        List<Column> columns = new ArrayList<>();
        boolean auto = random.nextBoolean();
        columns.add(new Column("id", types[0], false, null, auto, null, false));
        int n = 1 + random.nextInt(5);
        columns.add(new Column("c0", types[1], random.nextBoolean(), null, false, null, false));
        for (int c = 1; c < n; c++) {
            columns.add(column(random, "c" + c));
        }
        List<ForeignKey> fks = new ArrayList<>();
        if (!earlier.isEmpty() && random.nextInt(3) == 0) {
            Table parent = earlier.get(random.nextInt(earlier.size()));
            columns.add(new Column(parent.name() + "_id", types[0], true, null, false, null, false));
            fks.add(new ForeignKey(
                    random.nextBoolean() ? "fk_" + name + "_" + parent.name() : null,
                    List.of(parent.name() + "_id"),
                    parent.name(),
                    List.of("id"),
                    ACTIONS[random.nextInt(ACTIONS.length)],
                    null,
                    pick(random, deferrals())));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            uniques.add(new UniqueConstraint(random.nextBoolean() ? "uq_" + name : null, List.of("c0")));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            checks.add(new CheckConstraint(random.nextBoolean() ? "ck_" + name : null, "length(c0) < 100"));
        }
        List<Index> indexes = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            indexes.add(index(random, "ix_" + name + "_c0", "c0"));
        }
        return new Table(
                name,
                columns,
                new PrimaryKey(null, List.of("id")),
                fks,
                uniques,
                checks,
                indexes,
                null,
                pick(random, tableOptions()));
    }

    /** The first choice half of the time (none, or checked at once), else any. */
    private static String pick(Random random, String[] choices) {
        return random.nextBoolean() ? choices[0] : choices[random.nextInt(choices.length)];
    }

    private static List<Sequence> sequences(Random random) {
        List<Sequence> out = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(sequence(random, "s" + i));
        }
        return out;
    }

    private static Sequence sequence(Random random, String name) {
        return new Sequence(
                name,
                null,
                1 + random.nextInt(100),
                1 + random.nextInt(10),
                1,
                1_000_000 + random.nextInt(1000),
                1,
                random.nextBoolean(),
                null);
    }

    /** Some sequences kept, some altered in place (increment, bounds, cycling), some dropped, maybe a new one. */
    private static List<Sequence> mutateSequences(Random random, List<Sequence> current) {
        List<Sequence> out = new ArrayList<>();
        for (Sequence q : current) {
            switch (random.nextInt(4)) {
                case 0 -> out.add(q);
                case 1 -> {} // dropped
                default ->
                    out.add(new Sequence(
                            q.name(),
                            q.type(),
                            q.start(),
                            q.increment() + 1,
                            q.min(),
                            q.max() + 5,
                            q.cache(),
                            !q.cycle(),
                            null));
            }
        }
        if (random.nextInt(3) == 0) {
            out.add(sequence(random, "s_new"));
        }
        return out;
    }

    private Index index(Random random, String name, String column) {
        if (!expressionAndPartialIndexes()) {
            return new Index(name, random.nextInt(4) == 0, List.of(column, "id"), null);
        }
        return switch (random.nextInt(3)) {
            case 0 -> new Index(name, false, List.of(column), null);
            case 1 -> new Index(name, random.nextBoolean(), List.of(column, "id"), "id > 0");
            default -> new Index(name, false, List.of("lower(" + column + ")"), null);
        };
    }

    private Column column(Random random, String name) {
        boolean nullable = random.nextBoolean();
        String type = types[1 + random.nextInt(types.length - 1)];
        String dflt = nullable && random.nextBoolean() ? null : random.nextBoolean() ? "0" : "'7'";
        return new Column(name, type, nullable, dflt, false, null, false);
    }

    /** The desired schema: some tables dropped, added, renamed; columns, keys and indexes changed. */
    private List<Table> mutate(Random random, List<Table> current, RenameHints hints) {
        List<Table> out = new ArrayList<>();
        Map<String, String> renamedTables = new LinkedHashMap<>();
        for (Table t : current) {
            int fate = random.nextInt(10);
            boolean referenced = current.stream().anyMatch(o -> o.references().contains(t.name()));
            if (fate == 0 && !referenced) {
                continue; // dropped; a referenced table's rows could not come back for its children on downgrade
            }
            Table m = fate <= 5 ? mutateTable(random, t, hints) : t;
            if (fate == 9) {
                String to = t.name() + "_renamed";
                hints.table(to, t.name());
                renamedTables.put(t.name(), to);
                m = m.withName(to);
            }
            out.add(m);
        }
        List<Table> fixed = new ArrayList<>();
        for (Table t : out) {
            List<ForeignKey> fks = t.foreignKeys().stream()
                    .filter(f -> out.stream()
                            .anyMatch(
                                    o -> o.name().equals(renamedTables.getOrDefault(f.targetTable(), f.targetTable()))))
                    .map(f -> f.withTarget(
                            renamedTables.getOrDefault(f.targetTable(), f.targetTable()), f.targetColumns()))
                    .toList();
            fixed.add(t.withForeignKeys(fks));
        }
        if (random.nextInt(3) == 0) {
            fixed.add(table(random, "n" + random.nextInt(100), fixed));
        }
        return fixed;
    }

    private Table mutateTable(Random random, Table t, RenameHints hints) {
        List<Column> columns = new ArrayList<>(t.columns());
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        List<Index> indexes = new ArrayList<>(t.indexes());
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        String options = t.options();
        int changes = 1 + random.nextInt(3);
        for (int k = 0; k < changes; k++) {
            switch (random.nextInt(10)) {
                case 0 -> columns.add(column(random, "added" + k));
                case 1 -> {
                    Column last = columns.get(columns.size() - 1);
                    if (!last.name().equals("c0")
                            && !last.name().equals("id")
                            && !last.name().endsWith("_id")) {
                        columns.remove(columns.size() - 1);
                    }
                }
                case 2 -> {
                    int i = 1 + random.nextInt(columns.size() - 1);
                    Column c = columns.get(i);
                    if (c.name().equals("c0") || c.name().endsWith("_id")) {
                        continue;
                    }
                    columns.set(
                            i,
                            new Column(
                                    c.name(),
                                    types[1 + random.nextInt(types.length - 1)],
                                    c.nullable(),
                                    c.defaultValue(),
                                    false,
                                    null,
                                    false));
                }
                case 3 -> {
                    int i = 1 + random.nextInt(columns.size() - 1);
                    Column c = columns.get(i);
                    if (c.name().endsWith("_id")) {
                        continue; // a NOT NULL key column cannot be SET NULL on delete, and servers refuse it
                    }
                    boolean nullable = !c.nullable();
                    columns.set(
                            i,
                            new Column(
                                    c.name(),
                                    c.type(),
                                    nullable,
                                    nullable ? c.defaultValue() : c.defaultValue() == null ? "0" : c.defaultValue(),
                                    false,
                                    null,
                                    false));
                }
                case 4 -> {
                    int i = 1 + random.nextInt(columns.size() - 1);
                    Column c = columns.get(i);
                    if (!c.name().endsWith("_id") && !c.name().equals("c0")) {
                        String to = c.name() + "_r";
                        hints.column(t.name(), to, c.name());
                        columns.set(i, c.withName(to));
                        indexes.replaceAll(ix -> ix);
                    }
                }
                case 5 -> {
                    if (uniques.isEmpty()) {
                        uniques.add(new UniqueConstraint(null, List.of("c0")));
                    } else {
                        uniques.clear();
                    }
                }
                case 6 -> {
                    if (checks.isEmpty()) {
                        checks.add(new CheckConstraint("ck_new", "length(c0) < 200"));
                    } else {
                        checks.clear();
                    }
                }
                case 7 -> {
                    if (indexes.isEmpty()) {
                        indexes.add(index(random, "ix_" + t.name() + "_new", "c0"));
                    } else {
                        indexes.remove(0);
                    }
                }
                case 8 -> options = tableOptions()[random.nextInt(tableOptions().length)];
                default -> {
                    if (!fks.isEmpty()) {
                        ForeignKey f = fks.remove(0);
                        fks.add(new ForeignKey(
                                f.name(),
                                f.columns(),
                                f.targetTable(),
                                f.targetColumns(),
                                f.onDelete().equals("CASCADE") ? "SET NULL" : "CASCADE",
                                f.onUpdate(),
                                random.nextBoolean() ? f.deferral() : pick(random, deferrals())));
                    }
                }
            }
        }
        return new Table(t.name(), columns, t.primaryKey(), fks, uniques, checks, indexes, null, options);
    }

    // ----- databases -----

    private static Schema build(Database db, List<Table> tables, List<Sequence> sequences, List<SchemaObject> objects)
            throws SQLException {
        Schema schema = new Schema(tables, List.of(), List.of())
                .withSequences(sequences)
                .withObjects(objects);
        run(db, SchemaDiff.compare(Schema.empty(), schema, RenameHints.none()), "");
        Schema built = read(db);
        assertEquals(facets(schema), facets(built), "the database holds what was generated");
        return built;
    }

    /**
     * What a generated schema says of the kinds a renderer could leave out alike on both sides of a pair, unseen by
     * the comparison: each foreign key's deferral, whether a table has options, the sequences.
     */
    private static List<String> facets(Schema s) {
        List<String> out = new ArrayList<>();
        for (Table t : s.tables()) {
            t.foreignKeys().forEach(f -> out.add(t.name() + " " + f.columns() + " " + f.deferral()));
            out.add(t.name() + " options " + (t.options() != null));
        }
        s.sequences().forEach(q -> out.add("sequence " + q.name()));
        s.objects().forEach(o -> out.add(o.kind() + " " + o.key()));
        java.util.Collections.sort(out);
        return out;
    }

    private static Schema read(Database db) throws SQLException {
        try (Connection c = db.open()) {
            return db.dialect().readSchema(c, Set.of());
        }
    }

    /** Rows in every table, values that satisfy the generated constraints; parents' ids exist for children. */
    private static Map<String, Long> fill(Database db, Schema schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            for (Table t : schema.tables()) {
                for (int row = 1; row <= 3; row++) {
                    List<String> names = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (Column col : t.columns()) {
                        names.add(col.name());
                        boolean key = col.name().equals("id") || col.name().endsWith("_id");
                        // the last row leaves nullable columns NULL: a column made NOT NULL must fill them
                        values.add(key ? String.valueOf(row) : row == 3 && col.nullable() ? "NULL" : "'" + row + "'");
                    }
                    s.execute("INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", values) + ")");
                }
                counts.put(t.name(), 3L);
            }
        }
        return counts;
    }

    private static long count(Database db, String table) throws SQLException {
        try (Connection c = db.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs the operations' statements in one transaction, as a migration runs. */
    private static void run(Database db, List<Operation> ops, String context) throws SQLException {
        Dialect d = db.dialect();
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Operation op : ops) {
                for (String sql : d.renderer().render(op)) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        fail(context + "\nfailed: " + sql + "\n" + e.getMessage());
                    }
                }
            }
            c.commit();
        }
    }
}
