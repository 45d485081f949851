package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * The primary key; its name is {@code null} where the database does not name it; {@code deferral} as a
 * {@link ForeignKey}'s (PostgreSQL's DEFERRABLE primary keys), null when checked at once.
 */
public record PrimaryKey(String name, List<String> columns, String deferral) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        deferral = ForeignKey.deferral(deferral);
    }

    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, null);
    }

    public boolean sameDefinition(PrimaryKey other) {
        return other != null && Sql.sameNames(columns, other.columns) && Objects.equals(deferral, other.deferral);
    }

    /** This key with other columns (renamed), name and deferral kept. */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferral);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferral);
    }
}
