package dev.migrate.schema;

/** A view, kept as the statement that creates it. */
public record View(String name, String sql) {
    public View {
        sql = Sql.normalizeExpression(sql);
    }
}
