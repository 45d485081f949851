package dev.migrate.schema;

import java.util.List;

/** A domain: a type with a default, NOT NULL and named checks, as columns take it. */
public record Domain(String name, String type, String defaultValue, boolean notNull, List<CheckConstraint> checks)
        implements SchemaObject {
    public Domain {
        type = Sql.normalizeType(type);
        defaultValue = Sql.normalizeExpression(defaultValue);
        checks = List.copyOf(checks);
    }

    public Kind kind() {
        return Kind.DOMAIN;
    }

    public String key() {
        return name;
    }

    public String describe() {
        return "domain " + name + " " + type + (defaultValue == null ? "" : " DEFAULT " + defaultValue)
                + (notNull ? " NOT NULL" : "")
                + checks.stream().map(c -> " CHECK (" + c.expression() + ")").reduce("", String::concat);
    }
}
