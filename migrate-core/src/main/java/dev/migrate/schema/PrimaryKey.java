package dev.migrate.schema;

import java.util.List;

/** The primary key; its name is {@code null} where the database does not name it. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public boolean sameDefinition(PrimaryKey other) {
        return other != null && Sql.sameNames(columns, other.columns);
    }
}
