package dev.migrate.dialect.postgres;

import dev.migrate.MigrateLog;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.SqlRenderer;
import dev.migrate.schema.Schema;
import dev.migrate.script.StatementSplitter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** SKELETON: to be implemented. */
public final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql");
    }

    @Override
    public StatementSplitter splitter() {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public String autoIncrementPrimaryKey(String name) {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public boolean transactionalDdl() {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public RunLock lock(String url, Connection connection, MigrateLog log) throws SQLException {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public Schema readSchema(Connection connection, Set<String> ignoredTables) throws SQLException {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public SqlRenderer renderer() {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public String hibernateDialect() {
        throw new UnsupportedOperationException("PostgresDialect");
    }

    @Override
    public ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory) {
        throw new UnsupportedOperationException("PostgresDialect");
    }
}
