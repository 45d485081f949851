package dev.migrate.schema;

/**
 * A function or procedure, kept as the statement that creates it ({@code CREATE OR REPLACE FUNCTION ...}); a trigger
 * is useless without the function it calls. {@code arguments} are its argument types, which tell overloads apart.
 */
public record Routine(String name, String arguments, String sql) implements SchemaObject {
    public Routine {
        sql = sql.strip();
    }

    public Kind kind() {
        return Kind.FUNCTION;
    }

    public String key() {
        return name + "(" + arguments + ")";
    }

    public String describe() {
        return "function " + key();
    }
}
