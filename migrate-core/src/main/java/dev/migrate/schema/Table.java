package dev.migrate.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table with everything that belongs to it: columns, keys, constraints, indexes, its comment (or null), and its
 * options as the database writes them after the column list (SQLite's {@code STRICT, WITHOUT ROWID}; or null).
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniques,
        List<CheckConstraint> checks,
        List<Index> indexes,
        String comment,
        String options) {
    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        comment = comment == null || comment.isEmpty() ? null : comment;
        options = options == null || options.isBlank() ? null : options;
    }

    public Table(
            String name,
            List<Column> columns,
            PrimaryKey primaryKey,
            List<ForeignKey> foreignKeys,
            List<UniqueConstraint> uniques,
            List<CheckConstraint> checks,
            List<Index> indexes,
            String comment) {
        this(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, null);
    }

    public Table(
            String name,
            List<Column> columns,
            PrimaryKey primaryKey,
            List<ForeignKey> foreignKeys,
            List<UniqueConstraint> uniques,
            List<CheckConstraint> checks,
            List<Index> indexes) {
        this(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, null, null);
    }

    public Table withForeignKeys(List<ForeignKey> keys) {
        return new Table(name, columns, primaryKey, keys, uniques, checks, indexes, comment, options);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream()
                .filter(c -> c.name().equalsIgnoreCase(columnName))
                .findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream()
                .filter(i -> i.name().equalsIgnoreCase(indexName))
                .findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniques, checks, indexes, comment, options);
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, options);
    }

    /** Tables this one references, itself excluded. */
    public List<String> references() {
        return foreignKeys.stream()
                .map(ForeignKey::targetTable)
                .filter(t -> !t.equalsIgnoreCase(name))
                .distinct()
                .toList();
    }
}
