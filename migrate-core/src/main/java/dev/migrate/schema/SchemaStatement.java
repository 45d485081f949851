package dev.migrate.schema;

/** A statement of a schema source and where it comes from ({@code schema.sql:12}, or an entity's name). */
public record SchemaStatement(String sql, String origin) {}
