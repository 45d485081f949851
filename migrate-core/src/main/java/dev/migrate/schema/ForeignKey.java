package dev.migrate.schema;

import java.util.List;
import java.util.Locale;

/** A foreign key; actions are upper case, NO ACTION when none was given. */
public record ForeignKey(
        String name,
        List<String> columns,
        String targetTable,
        List<String> targetColumns,
        String onDelete,
        String onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        onDelete = action(onDelete);
        onUpdate = action(onUpdate);
    }

    private static String action(String a) {
        return a == null || a.isBlank()
                ? "NO ACTION"
                : a.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Same columns, target and actions; the constraint's name is not compared, since few databases show it. */
    public boolean sameDefinition(ForeignKey other) {
        return Sql.sameNames(columns, other.columns)
                && Sql.sameName(targetTable, other.targetTable)
                && Sql.sameNames(targetColumns, other.targetColumns)
                && onDelete.equals(other.onDelete)
                && onUpdate.equals(other.onUpdate);
    }

    public ForeignKey renamingColumns(java.util.function.UnaryOperator<String> rename) {
        return new ForeignKey(
                name, columns.stream().map(rename).toList(), targetTable, targetColumns, onDelete, onUpdate);
    }

    public String describe() {
        return "(" + String.join(", ", columns) + ") REFERENCES " + targetTable + " ("
                + String.join(", ", targetColumns)
                + ")" + (onDelete.equals("NO ACTION") ? "" : " ON DELETE " + onDelete)
                + (onUpdate.equals("NO ACTION") ? "" : " ON UPDATE " + onUpdate);
    }
}
