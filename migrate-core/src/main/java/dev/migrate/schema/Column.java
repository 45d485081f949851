package dev.migrate.schema;

/**
 * A column: its type as the database declares it, nullability, default expression (as SQL text), whether the
 * database numbers it (identity / autoincrement), the expression of a generated column ({@code null} if none),
 * and its comment ({@code null} if none).
 */
public record Column(
        String name,
        String type,
        boolean nullable,
        String defaultValue,
        boolean autoIncrement,
        String generated,
        boolean stored,
        String comment) {
    public Column {
        type = Sql.normalizeType(type);
        defaultValue = Sql.unwrap(Sql.normalizeExpression(defaultValue));
        generated = Sql.normalizeExpression(generated);
        comment = comment == null || comment.isEmpty() ? null : comment;
    }

    public Column(
            String name,
            String type,
            boolean nullable,
            String defaultValue,
            boolean autoIncrement,
            String generated,
            boolean stored) {
        this(name, type, nullable, defaultValue, autoIncrement, generated, stored, null);
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, false, null, false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, autoIncrement, generated, stored, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, autoIncrement, generated, stored, comment);
    }

    /** Equal in everything but the name. */
    public boolean sameDefinition(Column other) {
        return withName(other.name).equals(other);
    }

    public String describe() {
        return name + " " + type + (nullable ? "" : " NOT NULL")
                + (defaultValue == null ? "" : " DEFAULT " + defaultValue)
                + (autoIncrement ? " AUTOINCREMENT" : "")
                + (generated == null ? "" : " AS (" + generated + ")" + (stored ? " STORED" : ""))
                + (comment == null ? "" : " COMMENT '" + comment + "'");
    }
}
