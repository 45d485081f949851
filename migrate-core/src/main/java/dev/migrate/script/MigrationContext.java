package dev.migrate.script;

import dev.migrate.base.MigrateLog;

import java.sql.Connection;

/**
 * What a {@link JavaMigration} runs with.
 *
 * @param connection the step's connection, inside the step's transaction where the database and the migration
 *                   allow one: commit, rollback, auto-commit and close are migrate's, and refused
 * @param database   the dialect's name: "sqlite", "postgresql" or "mariadb" (MySQL too)
 * @param log        where the migration may report progress, beside migrate's own
 */
public record MigrationContext(Connection connection, String database, MigrateLog log) {}
