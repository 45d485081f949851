package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.diff.RoundTripTest;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;

/**
 * The round trip on a MariaDB server: every change is an ALTER TABLE in place. MariaDB has no indexes on expressions
 * and no partial indexes: the renderer leaves the first out and makes the second cover every row (see
 * MariaDbRenderer.createIndex); the schemas compared are the ones read back from the server, so both sides show
 * what MariaDB made of them.
 */
class MariaDbRoundTripTest extends RoundTripTest {
    /**
     * The base class counts rows with {@code "table"}, which MariaDB reads as a string unless ANSI_QUOTES is on;
     * the sessions of this test turn it on (the dialect reads and writes names in backticks, valid either way).
     */
    private static final String ANSI_QUOTES = "?sessionVariables=sql_mode=concat(@@sql_mode,',ANSI_QUOTES')";

    private final List<DatabaseConfig> created = new ArrayList<>();

    /**
     * Enough to reach the pairs that change a foreign key's action (the first is pair 46). Pair 129 makes a column
     * NOT NULL under a key with ON DELETE SET NULL, which MariaDB refuses to create at all (errno 150).
     */
    @Override
    protected int pairs() {
        return 120;
    }

    @Override
    protected String[] types() {
        return new String[] {"bigint", "varchar(100)", "int", "decimal(10,2)", "varchar(40)", "double"};
    }

    @Override
    protected Database emptyDatabase(String name) {
        DatabaseConfig fresh = TestServers.freshMariadb("rt_" + name);
        created.add(fresh);
        return new Database(new DatabaseConfig(fresh.url() + ANSI_QUOTES, fresh.user(), fresh.password()));
    }

    @AfterEach
    void dropDatabases() {
        for (DatabaseConfig db : created) {
            String name = db.url().substring(db.url().lastIndexOf('/') + 1);
            TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name);
        }
    }
}
