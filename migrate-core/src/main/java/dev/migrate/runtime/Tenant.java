package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;

/**
 * One of many databases one configuration migrates: a schema, a database on the server, or a file.
 *
 * @param name     as the list or the query gave it
 * @param database where it is, with the configuration's credentials
 */
public record Tenant(String name, DatabaseConfig database) {}
