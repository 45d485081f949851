package dev.migrate.schema;

import java.util.List;

/** An index: its keys are column names or expressions; {@code where} makes it partial. */
public record Index(String name, boolean unique, List<String> keys, String where) {
    public Index {
        keys = keys.stream().map(Sql::normalizeExpression).toList();
        where = Sql.normalizeExpression(where);
    }

    public boolean sameDefinition(Index other) {
        return unique == other.unique
                && Sql.sameNames(keys, other.keys)
                && java.util.Objects.equals(Sql.comparable(where), Sql.comparable(other.where));
    }

    public String describe() {
        return (unique ? "UNIQUE " : "") + "INDEX " + name + " (" + String.join(", ", keys) + ")"
                + (where == null ? "" : " WHERE " + where);
    }
}
