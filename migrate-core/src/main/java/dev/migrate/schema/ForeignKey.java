package dev.migrate.schema;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A foreign key; actions are upper case, NO ACTION when none was given. {@code deferral} is null for a key checked
 * at once (NOT DEFERRABLE), else {@link #DEFERRABLE} or {@link #INITIALLY_DEFERRED}.
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String targetTable,
        List<String> targetColumns,
        String onDelete,
        String onUpdate,
        String deferral) {
    /** May be deferred by {@code SET CONSTRAINTS}, checked at once unless it is. */
    public static final String DEFERRABLE = "DEFERRABLE";
    /** Checked at commit. */
    public static final String INITIALLY_DEFERRED = "DEFERRABLE INITIALLY DEFERRED";

    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        onDelete = action(onDelete);
        onUpdate = action(onUpdate);
        deferral = deferral(deferral);
    }

    public ForeignKey(
            String name,
            List<String> columns,
            String targetTable,
            List<String> targetColumns,
            String onDelete,
            String onUpdate) {
        this(name, columns, targetTable, targetColumns, onDelete, onUpdate, null);
    }

    private static String action(String a) {
        return a == null || a.isBlank()
                ? "NO ACTION"
                : a.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * {@code DEFERRABLE INITIALLY IMMEDIATE} is {@code DEFERRABLE}; {@code NOT DEFERRABLE ...} is none. Keys and
     * unique constraints say when they are checked the same way.
     */
    static String deferral(String d) {
        if (d == null) {
            return null;
        }
        String s = d.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.isEmpty() || s.startsWith("NOT ")) {
            return null;
        }
        return s.contains("INITIALLY DEFERRED") ? INITIALLY_DEFERRED : DEFERRABLE;
    }

    /** Same columns, target, actions and deferral; the constraint's name is not compared, since few databases show it. */
    public boolean sameDefinition(ForeignKey other) {
        return Sql.sameNames(columns, other.columns)
                && Sql.sameName(targetTable, other.targetTable)
                && Sql.sameNames(targetColumns, other.targetColumns)
                && onDelete.equals(other.onDelete)
                && onUpdate.equals(other.onUpdate)
                && java.util.Objects.equals(deferral, other.deferral);
    }

    public ForeignKey renamingColumns(UnaryOperator<String> rename) {
        return new ForeignKey(
                name, columns.stream().map(rename).toList(), targetTable, targetColumns, onDelete, onUpdate, deferral);
    }

    /** The same key pointing at {@code table}'s {@code targetColumns}. */
    public ForeignKey withTarget(String table, List<String> newTargetColumns) {
        return new ForeignKey(name, columns, table, newTargetColumns, onDelete, onUpdate, deferral);
    }

    public String describe() {
        return "(" + String.join(", ", columns) + ") REFERENCES " + targetTable + " ("
                + String.join(", ", targetColumns)
                + ")" + (onDelete.equals("NO ACTION") ? "" : " ON DELETE " + onDelete)
                + (onUpdate.equals("NO ACTION") ? "" : " ON UPDATE " + onUpdate)
                + (deferral == null ? "" : " " + deferral);
    }
}
