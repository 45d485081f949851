package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.diff.RoundTripTest;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The round trip on a MariaDB server: every change is an ALTER TABLE in place. MariaDB has no indexes on expressions
 * and no partial indexes, so the generated schemas have none.
 */
@Tag("server")
class MariaDbRoundTripTest extends RoundTripTest {

    private final List<DatabaseConfig> created = new ArrayList<>();

    /** Enough to reach the pairs that change a foreign key's action (the first is pair 46). */
    @Override
    protected int pairs() {
        return 80;
    }

    @Override
    protected boolean expressionAndPartialIndexes() {
        return false;
    }

    @Override
    protected String[] types() {
        return new String[] {"bigint", "varchar(100)", "int", "decimal(10,2)", "varchar(40)", "double"};
    }

    @Override
    protected String[] tableOptions() {
        return new String[] {null, "ROW_FORMAT=COMPACT", "ROW_FORMAT=REDUNDANT"};
    }

    @Override
    protected boolean sequences() {
        return true;
    }

    @Override
    protected Database emptyDatabase(String name) {
        DatabaseConfig fresh = TestServers.freshMariadb("rt_" + name);
        created.add(fresh);
        return new Database(fresh);
    }

    @AfterEach
    void dropDatabases() {
        for (DatabaseConfig db : created) {
            String name = db.url().substring(db.url().lastIndexOf('/') + 1);
            TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name);
        }
    }
}
