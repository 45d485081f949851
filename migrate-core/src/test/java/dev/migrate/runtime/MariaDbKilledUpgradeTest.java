package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;

/**
 * Kills of an upgrading JVM on MariaDB: a killed migration's CREATE TABLE has committed, so the step is reported as
 * interrupted until resolved.
 */
class MariaDbKilledUpgradeTest extends KilledUpgradeTest {
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
}
