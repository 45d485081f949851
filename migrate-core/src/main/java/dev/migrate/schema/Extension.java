package dev.migrate.schema;

/** An extension the schema needs (an operator class such as gin_trgm_ops comes from pg_trgm). */
public record Extension(String name) implements SchemaObject {
    public Kind kind() {
        return Kind.EXTENSION;
    }

    public String key() {
        return name;
    }

    public String describe() {
        return "extension " + name;
    }
}
