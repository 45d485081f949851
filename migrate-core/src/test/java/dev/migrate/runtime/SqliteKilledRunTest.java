package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;

/** Kills of an upgrading JVM on a SQLite file: a hot journal rolls the killed migration back. */
class SqliteKilledRunTest extends KilledRunTest {
    @Override
    protected DatabaseConfig database(int trial) {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("killed" + trial + ".db"), null, null);
    }

    @Override
    protected String slowStatement() {
        return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 150000) SELECT COUNT(*) FROM c";
    }
}
