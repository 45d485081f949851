package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;

/** Kills of an upgrading JVM on PostgreSQL: the server rolls back the killed session's transaction. */
class PostgresKilledUpgradeTest extends KilledUpgradeTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return TestServers.freshPostgres("killed");
    }

    @Override
    protected String slowStatement() {
        return "SELECT pg_sleep(0.04)";
    }
}
