package dev.migrate.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the model says was renamed: a table's or column's former name, or an enum type's value's. Without a hint a rename looks like a drop
 * and an add, which would lose the data; with one, the diff renames.
 */
public final class RenameHints {
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> enumValues = new LinkedHashMap<>();

    public static RenameHints none() {
        return new RenameHints();
    }

    public RenameHints table(String newName, String oldName) {
        tables.put(Sql.key(newName), oldName);
        return this;
    }

    /** @param table the table's new name */
    public RenameHints column(String table, String newName, String oldName) {
        columns.put(Sql.key(table) + "." + Sql.key(newName), oldName);
        return this;
    }

    /** A value of an enum type, by its new and its former name (values are case-sensitive). */
    public RenameHints enumValue(String type, String newValue, String oldValue) {
        enumValues.put(Sql.key(type) + "." + newValue, oldValue);
        return this;
    }

    public RenameHints addAll(RenameHints other) {
        tables.putAll(other.tables);
        columns.putAll(other.columns);
        enumValues.putAll(other.enumValues);
        return this;
    }

    public Optional<String> formerEnumValue(String type, String value) {
        return Optional.ofNullable(enumValues.get(Sql.key(type) + "." + value));
    }

    public Optional<String> formerTableName(String table) {
        return Optional.ofNullable(tables.get(Sql.key(table)));
    }

    public Optional<String> formerColumnName(String table, String column) {
        return Optional.ofNullable(columns.get(Sql.key(table) + "." + Sql.key(column)));
    }

    /**
     * Parses {@code old -> new} for a table, or {@code table.old -> table.new} for a column of the (new) table.
     *
     * @throws IllegalArgumentException naming the entry when it has another shape
     */
    public RenameHints parse(String entry) {
        String[] parts = entry.split("->");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + entry + "' is not a rename: write 'old_table -> new_table' or "
                    + "'table.old_column -> table.new_column'");
        }
        String from = parts[0].strip();
        String to = parts[1].strip();
        int dotFrom = from.indexOf('.');
        int dotTo = to.indexOf('.');
        if (dotFrom < 0 && dotTo < 0 && !from.isEmpty() && !to.isEmpty()) {
            return table(to, from);
        }
        if (dotFrom > 0 && dotTo > 0) {
            return column(to.substring(0, dotTo), to.substring(dotTo + 1), from.substring(dotFrom + 1));
        }
        throw new IllegalArgumentException("'" + entry + "' is not a rename: write 'old_table -> new_table' or "
                + "'table.old_column -> table.new_column'");
    }
}
