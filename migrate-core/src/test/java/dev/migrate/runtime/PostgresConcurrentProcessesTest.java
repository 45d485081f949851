package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;

/** The race of concurrent upgrades on PostgreSQL (advisory lock). */
@Tag("server")
class PostgresConcurrentProcessesTest extends ConcurrentProcessesTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return TestServers.freshPostgres("race");
    }
}
