package dev.migrate.schema;

/** A trigger on {@code table}, kept as the statement that creates it. */
public record Trigger(String name, String table, String sql) {
    public Trigger {
        sql = Sql.normalizeExpression(sql);
    }
}
