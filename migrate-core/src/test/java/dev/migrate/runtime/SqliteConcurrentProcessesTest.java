package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;

/** The race of concurrent upgrades on a SQLite file. */
class SqliteConcurrentProcessesTest extends ConcurrentProcessesTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("race" + trial + ".db"), null, null);
    }
}
