package dev.migrate.dialect.postgres;

import dev.migrate.dialect.Identifiers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL identifiers, quoted only where an unquoted name would fold to another one or not parse. */
final class PostgresNames {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    /**
     * Keywords of the categories "reserved" and "reserved (can be function or type)" of pg_get_keywords(): the
     * ones that cannot name a table or column unquoted.
     */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");
    /** Unquoted names fold to lower case, so only lower-case ones stand for themselves. */
    static final Identifiers IDENTIFIERS = new Identifiers("[a-z_][a-z0-9_$]*", RESERVED, '"');

    private PostgresNames() {}

    static String q(String name) {
        return IDENTIFIERS.quote(name);
    }

    /** A name the reader wrote as {@code schema.table} (a table outside the current schema), quoted part by part. */
    static String qualified(String name) {
        return IDENTIFIERS.qualified(name, name.lastIndexOf('.'));
    }

    /** The name an identifier as PostgreSQL prints it stands for: {@code "Foo"} is Foo, {@code foo} is foo. */
    static String unquote(String identifier) {
        var m = QUOTED.matcher(identifier);
        return m.matches() ? m.group(1).replace("\"\"", "\"") : identifier;
    }

    /** The last part of a possibly schema-qualified name, as a lower-case key. */
    static String lastPart(String name) {
        int dot = name.lastIndexOf('.');
        return unquote(dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    static String literal(String value) {
        return Identifiers.literal(value);
    }
}
