package dev.migrate.schema;

import java.util.List;

/** A UNIQUE constraint of a table (not a unique index, which is an {@link Index}). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public boolean sameDefinition(UniqueConstraint other) {
        return Sql.sameNames(columns, other.columns);
    }
}
