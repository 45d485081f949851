package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index: its keys are column names or expressions; {@code where} makes it partial. {@code method} is its access
 * method where it is not the database's default (PostgreSQL's gin, gist, brin, hash), else null; {@code options} what
 * the database writes after the keys ({@code INCLUDE (total) NULLS NOT DISTINCT WITH (fillfactor='70')}), else null.
 */
public record Index(String name, boolean unique, List<String> keys, String where, String method, String options) {
    public Index {
        keys = keys.stream().map(Sql::normalizeExpression).toList();
        where = Sql.normalizeExpression(where);
        method = method == null || method.isBlank() ? null : method.strip();
        options = options == null || options.isBlank() ? null : Sql.normalizeExpression(options.strip());
    }

    public Index(String name, boolean unique, List<String> keys, String where) {
        this(name, unique, keys, where, null, null);
    }

    public Index withKeys(List<String> newKeys, String newWhere) {
        return new Index(name, unique, newKeys, newWhere, method, options);
    }

    public boolean sameDefinition(Index other) {
        return unique == other.unique
                && Sql.sameNames(keys, other.keys)
                && Objects.equals(Sql.comparable(where), Sql.comparable(other.where))
                && (method == null ? other.method == null : method.equalsIgnoreCase(other.method))
                && Objects.equals(Sql.comparable(options), Sql.comparable(other.options));
    }

    public String describe() {
        return (unique ? "UNIQUE " : "") + "INDEX " + name + (method == null ? "" : " USING " + method) + " ("
                + String.join(", ", keys) + ")" + (options == null ? "" : " " + options)
                + (where == null ? "" : " WHERE " + where);
    }
}
