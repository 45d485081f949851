package dev.migrate.schema;

/** A CHECK constraint: its name ({@code null} if unnamed) and its expression. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        expression = Sql.normalizeExpression(expression);
    }

    public boolean sameDefinition(CheckConstraint other) {
        return Sql.comparable(expression).equals(Sql.comparable(other.expression));
    }
}
