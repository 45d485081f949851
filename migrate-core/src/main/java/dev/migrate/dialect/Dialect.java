package dev.migrate.dialect;

import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.diff.OnlinePlan;
import dev.migrate.diff.Operation;
import dev.migrate.diff.RenameRule;
import dev.migrate.diff.SqlRenderer;
import dev.migrate.lint.LintRule;
import dev.migrate.schema.Schema;
import dev.migrate.script.StatementSplitter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** What differs between databases: SQL syntax, locking, catalog reading and scratch databases. */
public interface Dialect {
    String name();

    /** Whether this dialect serves the JDBC URL. */
    boolean handles(String jdbcUrl);

    /** URLs this dialect serves, as examples for a user whose URL none serves. */
    List<String> exampleUrls();

    /** The Maven coordinates of the JDBC driver for {@code url}, with any alternative worth knowing. */
    String driver(String url);

    /** The URL with what it names relative to the working directory (a file) made absolute against {@code base}. */
    default String resolveAgainst(String url, Path base) {
        return url;
    }

    /**
     * The URL of tenant {@code name} beside the database {@code baseUrl} names: a schema of it (PostgreSQL), a
     * database on its server (MariaDB), a file in its directory (SQLite).
     *
     * @throws IllegalArgumentException saying why, when the database cannot hold a tenant of that name
     */
    default String tenantUrl(String baseUrl, String name) {
        throw new IllegalArgumentException(name() + " does not keep tenants");
    }

    /** The tenant names a list entry stands for: itself, or for SQLite the files a pattern matches. */
    default List<String> tenantNames(String baseUrl, String entry) {
        return List.of(entry);
    }

    /** Creates tenant {@code name}'s schema or database when it is missing, on a connection to the base database. */
    default void createTenant(Connection base, String name) throws SQLException {}

    /** Settings applied to each new connection. */
    default void configure(Connection connection) throws SQLException {}

    /** Undoes, just before the connection closes, what {@link #configure} must not leave behind. */
    default void release(Connection connection) throws SQLException {}

    StatementSplitter splitter();

    /** False when reading would have to create the database first (a SQLite file that is not there yet). */
    default boolean exists(DatabaseConfig config) {
        return true;
    }

    /** Column definition of an auto-numbered primary key column {@code name}. */
    String autoIncrementPrimaryKey(String name);

    /**
     * Whether CREATE TABLE may name, in a foreign key, a table that does not exist yet (SQLite checks keys only when
     * rows are written); where it may not, a cycle of keys is closed by ALTER TABLE once its tables exist.
     */
    default boolean forwardReferences() {
        return false;
    }

    /** What RENAME TABLE makes of a table: by default only its name changes. */
    default RenameRule renameRule() {
        return RenameRule.NAME_ONLY;
    }

    /** Whether DDL takes part in transactions (SQLite, PostgreSQL) or commits implicitly (MySQL, MariaDB). */
    boolean transactionalDdl();

    /** The database's own lint rules, beside the common ones ({@code dev.migrate.lint.CommonRules}). */
    default List<LintRule> lintRules() {
        return List.of();
    }

    /**
     * The operations split into what runs in the revision's transaction and what runs after it, outside any
     * transaction, so that no statement holds a lock that blocks writes for the length of a scan or an index build
     * ({@code OnlineAlterTable}). By default everything runs in the one revision.
     */
    default OnlinePlan online(List<Operation> operations) {
        return new OnlinePlan(operations, List.of());
    }

    /**
     * The statement that makes the statements after it give up waiting for a lock after {@code timeout} (such as
     * {@code 5s}), within the transaction when {@code inTransaction}; empty where the database has none.
     */
    default java.util.Optional<String> lockTimeout(String timeout, boolean inTransaction) {
        return java.util.Optional.empty();
    }

    /** The statement that ends what {@link #lockTimeout} set outside a transaction. */
    default java.util.Optional<String> resetLockTimeout() {
        return java.util.Optional.empty();
    }

    default String beginTransaction() {
        return "BEGIN";
    }

    /**
     * Takes the lock that serialises migrate runs on one database, waiting for it if another run holds it. The lock
     * must vanish with the process that holds it, so that a killed run never leaves it behind.
     */
    RunLock lock(String url, Connection connection, MigrateLog log) throws SQLException;

    /**
     * Whether {@code table} exists, the name resolved as the database resolves it (case rules, schemas, search
     * path), so that the version table is found again under every spelling that names it.
     */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /** Refuses a version table name that this database could not keep across connections. */
    default void checkVersionTable(String table) {}

    /** The schema of the connected database, without the given tables (migrate's own). */
    Schema readSchema(Connection connection, Set<String> ignoredTables) throws SQLException;

    /** Renders schema operations in this dialect. */
    SqlRenderer renderer();

    /** The Hibernate dialect class that produces this database's DDL from JPA entities. */
    String hibernateDialect();

    /** A new empty database of this kind for migrate:test and autogenerate, dropped when closed. */
    ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory, dev.migrate.base.MigrateLog log);

    /** As {@link #createScratch(DatabaseConfig, Path, dev.migrate.base.MigrateLog)}, saying nothing of the sweep. */
    default ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory) {
        return createScratch(config, workDirectory, dev.migrate.base.MigrateLog.SILENT);
    }

    /** What to tell a user whose connection or run failed with {@code e}; {@code fallback} unless the dialect knows better. */
    default Remedy hint(SQLException e, Remedy fallback) {
        return fallback;
    }

    /**
     * What the connected database says it is, equal for two connections exactly when they reach the same database
     * (a file, or a database on a server), however their URLs are spelt.
     */
    String databaseIdentity(Connection connection) throws SQLException;

    /** A statement as this database's command-line client must read it in a script: terminated, whole. */
    default String terminated(String sql) {
        return sql + ";";
    }

    default String quoteLiteral(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
