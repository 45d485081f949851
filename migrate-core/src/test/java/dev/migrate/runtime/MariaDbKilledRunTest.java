package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Kills of an upgrading JVM on MariaDB: a killed migration's CREATE TABLE has committed, so the step is reported as
 * interrupted until resolved.
 */
@Tag("server")
class MariaDbKilledRunTest extends KilledRunTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return TestServers.freshMariadb("killed");
    }

    @Override
    protected String slowStatement() {
        return "SELECT SLEEP(0.04)";
    }

    @Override
    protected boolean ddlCommitsAsItGoes() {
        return true;
    }

    @Override
    protected int otherSessions(Connection c) throws SQLException {
        return count(
                c,
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                        + "AND ID <> CONNECTION_ID()");
    }
}
