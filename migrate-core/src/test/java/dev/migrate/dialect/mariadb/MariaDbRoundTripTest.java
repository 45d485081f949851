package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.diff.RoundTripTest;
import dev.migrate.schema.Event;
import dev.migrate.schema.SchemaObject;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /** The fresh databases take the server's collation, utf8mb4_general_ci. */
    @Override
    protected String[] tableOptions() {
        return new String[] {
            null,
            "ROW_FORMAT=COMPACT",
            "ROW_FORMAT=REDUNDANT",
            "COLLATE=latin1_swedish_ci DATABASE_COLLATE=utf8mb4_general_ci",
            "ROW_FORMAT=DYNAMIC COLLATE=utf8mb4_unicode_ci DATABASE_COLLATE=utf8mb4_general_ci"
        };
    }

    /** Events: a recurring one whose schedule, status and comment change, and a one-time one that comes and goes. */
    @Override
    protected List<SchemaObject> objects(Random random, List<SchemaObject> current) {
        if (current != null && random.nextBoolean()) {
            return current;
        }
        List<SchemaObject> out = new ArrayList<>();
        if (current == null || random.nextInt(4) != 0) {
            out.add(new Event(
                    "ev0",
                    "EVERY " + (1 + random.nextInt(3)) + (random.nextBoolean() ? " DAY" : " HOUR"),
                    null,
                    random.nextBoolean() ? null : "2037-01-01 00:00:00",
                    random.nextBoolean(),
                    random.nextBoolean() ? "ENABLE" : "DISABLE",
                    random.nextBoolean() ? null : "note " + random.nextInt(3),
                    "DELETE FROM t0 WHERE id < 0"));
        }
        if (random.nextBoolean()) {
            out.add(new Event(
                    "ev1", "AT '2037-06-01 12:00:00'", null, null, true, "ENABLE", null, "UPDATE t0 SET id = id"));
        }
        return out;
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
