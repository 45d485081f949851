package dev.migrate.schema;

/**
 * What hangs on {@code table} as one statement: a trigger, or on PostgreSQL a row-level security policy or an
 * exclusion constraint. All three live alike: created after their table, dropped before it, replaced whole when
 * their statement changes, and set aside while a column they use changes its type.
 */
public record Trigger(String name, String table, String sql, Kind kind) {
    /** What the statement creates, which says how to drop it. */
    public enum Kind {
        TRIGGER,
        POLICY,
        EXCLUSION_CONSTRAINT
    }

    public Trigger {
        sql = Sql.normalizeExpression(sql);
    }

    public Trigger(String name, String table, String sql) {
        this(name, table, sql, Kind.TRIGGER);
    }

    public String describe() {
        return switch (kind) {
                    case TRIGGER -> "trigger ";
                    case POLICY -> "policy ";
                    case EXCLUSION_CONSTRAINT -> "exclusion constraint ";
                }
                + name + " on " + table;
    }
}
