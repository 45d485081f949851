package dev.migrate.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database schema: tables (with their indexes), views and triggers, looked up by name ignoring case; and what the
 * database holds that the model cannot represent, named so that it is reported rather than silently left out.
 */
public final class Schema {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
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
        triggers.forEach(t -> this.triggers.put(Sql.key(t.table()) + "." + Sql.key(t.name()), t));
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
        return new Schema(merged, views.values(), triggers.values(), notModelled);
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
        return Optional.ofNullable(triggers.get(Sql.key(table) + "." + Sql.key(name)));
    }

    /** The first trigger of that name, on whichever table. */
    public Optional<Trigger> trigger(String name) {
        return triggers.values().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
