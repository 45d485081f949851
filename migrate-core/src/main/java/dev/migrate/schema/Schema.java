package dev.migrate.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database schema: tables (with their indexes), views, triggers and sequences, looked up by name ignoring case;
 * the rows a schema source puts in tables it creates (a table-based id generator's first value); and what the
 * database holds that the model cannot represent, named so that it is reported rather than silently left out.
 */
public final class Schema {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private final Map<String, SchemaObject> objects = new LinkedHashMap<>();
    private final Map<String, List<String>> seedRows = new LinkedHashMap<>();
    private final List<String> notModelled;

    public Schema(Collection<Table> tables, Collection<View> views, Collection<Trigger> triggers) {
        this(tables, views, triggers, List.of());
    }

    /** @param notModelled what the database holds that the model leaves out, e.g. "virtual table docs" */
    public Schema(
            Collection<Table> tables, Collection<View> views, Collection<Trigger> triggers, List<String> notModelled) {
        this.notModelled = List.copyOf(notModelled);
        tables.forEach(t -> this.tables.put(Sql.key(t.name()), t));
        views.forEach(v -> this.views.put(Sql.key(v.name()), v));
        // PostgreSQL names triggers per table: the same name may serve several tables
        triggers.forEach(t -> this.triggers.put(key(t.kind(), t.table(), t.name()), t));
    }

    /** A policy and a trigger may share a name on one table. */
    private static String key(Trigger.Kind kind, String table, String name) {
        return (kind == Trigger.Kind.TRIGGER ? "" : kind + ":") + Sql.key(table) + "." + Sql.key(name);
    }

    /** This schema with {@code sequences} in place of its own. */
    public Schema withSequences(Collection<Sequence> list) {
        Schema s = copy(tables.values());
        s.sequences.clear();
        list.forEach(q -> s.sequences.put(Sql.key(q.name()), q));
        return s;
    }

    /** This schema with {@code list} in place of its extensions, types, domains and functions. */
    public Schema withObjects(Collection<? extends SchemaObject> list) {
        Schema s = copy(tables.values());
        s.objects.clear();
        list.forEach(o -> s.objects.put(objectKey(o.kind(), o.key()), o));
        return s;
    }

    /** Extensions, enum types, domains and functions, in the order the database gave them. */
    public Collection<SchemaObject> objects() {
        return objects.values();
    }

    public Optional<SchemaObject> object(SchemaObject.Kind kind, String key) {
        return Optional.ofNullable(objects.get(objectKey(kind, key)));
    }

    private static String objectKey(SchemaObject.Kind kind, String key) {
        return kind + " " + Sql.key(key);
    }

    /**
     * This schema with {@code rows}: per table, the INSERT statements that must follow its creation (Hibernate's
     * table generators start from a row). They are not read from a database and not compared.
     */
    public Schema withSeedRows(Map<String, List<String>> rows) {
        Schema s = copy(tables.values());
        s.seedRows.clear();
        rows.forEach((table, statements) -> s.seedRows.put(Sql.key(table), List.copyOf(statements)));
        return s;
    }

    /**
     * This schema without the tables, views, sequences and schema objects (a function by its name, whatever its
     * arguments) so named, nor the triggers, policies and exclusion constraints of those tables.
     */
    public Schema without(java.util.function.Predicate<String> named) {
        Schema s = new Schema(
                tables.values().stream().filter(t -> !named.test(t.name())).toList(),
                views.values().stream().filter(v -> !named.test(v.name())).toList(),
                triggers.values().stream().filter(t -> !named.test(t.table())).toList(),
                notModelled);
        sequences.values().stream()
                .filter(q -> !named.test(q.name()))
                .forEach(q -> s.sequences.put(Sql.key(q.name()), q));
        objects.forEach((key, o) -> {
            String name = o.key().contains("(") ? o.key().substring(0, o.key().indexOf('(')) : o.key();
            if (!named.test(name)) {
                s.objects.put(key, o);
            }
        });
        seedRows.forEach((table, rows) -> {
            if (!named.test(table)) {
                s.seedRows.put(table, rows);
            }
        });
        return s;
    }

    private Schema copy(Collection<Table> withTables) {
        Schema s = new Schema(withTables, views.values(), triggers.values(), notModelled);
        s.sequences.putAll(sequences);
        s.objects.putAll(objects);
        s.seedRows.putAll(seedRows);
        return s;
    }

    public Collection<Sequence> sequences() {
        return sequences.values();
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(Sql.key(name)));
    }

    /** The INSERT statements that must follow creating {@code table}, if any. */
    public List<String> seedRows(String table) {
        return seedRows.getOrDefault(Sql.key(table), List.of());
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of());
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public Collection<View> views() {
        return views.values();
    }

    public Collection<Trigger> triggers() {
        return triggers.values();
    }

    /** This schema with the foreign keys {@code other} has on the tables both have. */
    public Schema withForeignKeysOf(Schema other) {
        List<Table> merged = tables.values().stream()
                .map(t -> other.table(t.name())
                        .map(o -> t.withForeignKeys(o.foreignKeys()))
                        .orElse(t))
                .toList();
        return copy(merged);
    }

    /** What the database holds that this model leaves out, to be reported as not compared. */
    public List<String> notModelled() {
        return notModelled;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(Sql.key(name)));
    }

    public Optional<View> view(String name) {
        return Optional.ofNullable(views.get(Sql.key(name)));
    }

    public Optional<Trigger> trigger(String table, String name) {
        return Optional.ofNullable(triggers.get(key(Trigger.Kind.TRIGGER, table, name)));
    }

    /** Whether this schema has {@code t} exactly as it is. */
    public boolean holds(Trigger t) {
        return t.equals(triggers.get(key(t.kind(), t.table(), t.name())));
    }

    /** The first trigger of that name, on whichever table. */
    public Optional<Trigger> trigger(String name) {
        return triggers.values().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
