package dev.migrate.schema;

/**
 * What a schema holds besides tables, views, triggers and sequences, that tables may need: PostgreSQL's extensions,
 * enum types, domains and functions. They are created in the order of their {@link Kind} before the tables and
 * dropped in the reverse order after them.
 */
public sealed interface SchemaObject permits Extension, EnumType, Domain, Routine {
    /** In creation order: an extension provides types and operator classes, a domain may be over an enum type. */
    enum Kind {
        EXTENSION,
        ENUM_TYPE,
        DOMAIN,
        FUNCTION
    }

    Kind kind();

    /** What tells it from others of its kind: its name, or a function's name and argument types. */
    String key();

    String describe();
}
