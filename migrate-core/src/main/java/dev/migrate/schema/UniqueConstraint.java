package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint of a table (not a unique index, which is an {@link Index}); {@code deferral} as a
 * {@link ForeignKey}'s (PostgreSQL's DEFERRABLE unique constraints), null when checked at once.
 */
public record UniqueConstraint(String name, List<String> columns, String deferral) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = ForeignKey.deferral(deferral);
    }

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, null);
    }

    public boolean sameDefinition(UniqueConstraint other) {
        return Sql.sameNames(columns, other.columns) && Objects.equals(deferral, other.deferral);
    }

    /** This constraint with other columns (renamed), name and deferral kept. */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferral);
    }
}
