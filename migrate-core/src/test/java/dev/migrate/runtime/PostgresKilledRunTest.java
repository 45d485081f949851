package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.SQLException;

/** Kills of an upgrading JVM on PostgreSQL: the server rolls back the killed session's transaction. */
@Tag("server")
class PostgresKilledRunTest extends KilledRunTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return TestServers.freshPostgres("killed");
    }

    @Override
    protected String slowStatement() {
        return "SELECT pg_sleep(0.04)";
    }

    @Override
    protected int otherSessions(Connection c) throws SQLException {
        return count(
                c,
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND pid <> pg_backend_pid()");
    }
}
