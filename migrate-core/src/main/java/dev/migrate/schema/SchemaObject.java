package dev.migrate.schema;

/**
 * What a schema holds besides tables, views, triggers and sequences: PostgreSQL's extensions, enum types, domains
 * and functions, which tables may need, and MariaDB's events. They are created in the order of their {@link Kind}
 * before the tables and dropped in the reverse order after them (an event's body is not resolved until it runs).
 */
public sealed interface SchemaObject permits Extension, EnumType, Domain, Routine, Event {
    /** In creation order: an extension provides types and operator classes, a domain may be over an enum type. */
    enum Kind {
        EXTENSION,
        ENUM_TYPE,
        DOMAIN,
        FUNCTION,
        EVENT
    }

    Kind kind();

    /** What tells it from others of its kind: its name, or a function's name and argument types. */
    String key();

    String describe();

    /** Whether {@code other} is the same object as far as a comparison goes (an event's start is not compared). */
    default boolean sameDefinition(SchemaObject other) {
        return equals(other);
    }
}
