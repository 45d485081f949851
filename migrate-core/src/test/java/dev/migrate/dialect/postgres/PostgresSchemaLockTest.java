package dev.migrate.dialect.postgres;

import static dev.migrate.dialect.postgres.PostgresBackends.pid;
import static dev.migrate.dialect.postgres.PostgresBackends.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.RunLock;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The run lock per schema, as the server's pg_locks shows it: tenants in two schemas of one database run at once, two
 * runs on one schema exclude each other, and public keeps the key older migrate versions take.
 */
@Tag("server")
class PostgresSchemaLockTest {
    private static final String DATABASE = "pgd_schema_lock";
    private static final String OLD_KEY =
            "SELECT ('x' || left(md5('dev.migrate run lock:' || current_database()), 16))::bit(64)::bigint";

    private final DatabaseConfig config = TestServers.freshPostgres(DATABASE);

    @AfterEach
    void drop() {
        TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void twoSchemasOfOneDatabaseLockAtOnce() throws Exception {
        TestServers.execute(config, "CREATE SCHEMA acme", "CREATE SCHEMA globex");
        Database acme = schema("acme");
        Database globex = schema("globex");
        try (Connection a = acme.open();
                Connection g = globex.open();
                RunLock first = acme.dialect().lock(acme.config().url(), a, MigrateLog.SILENT);
                RunLock second = lockSoon(globex, g)) {
            long acmeKey = heldKey(pid(a));
            long globexKey = heldKey(pid(g));
            assertNotEquals(acmeKey, globexKey);
            assertNotEquals(oldKey(), acmeKey, "a tenant schema does not take the database's key");
        }
    }

    @Test
    void twoRunsOnOneSchemaExcludeEachOther() throws Exception {
        TestServers.execute(config, "CREATE SCHEMA acme");
        Database acme = schema("acme");
        try (Connection first = acme.open();
                Connection other = acme.open()) {
            RunLock held = acme.dialect().lock(acme.config().url(), first, MigrateLog.SILENT);
            int otherPid = pid(other);
            CompletableFuture<RunLock> taken = CompletableFuture.supplyAsync(() -> {
                try {
                    return acme.dialect().lock(acme.config().url(), other, MigrateLog.SILENT);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitFor(() -> count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pid = "
                            + otherPid)
                    == 1);
            assertFalse(taken.isDone(), "the second run on the schema waits");
            held.close();
            taken.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void publicKeepsTheKeyOlderVersionsTake() throws Exception {
        Database db = new Database(config);
        try (Connection c = db.open();
                RunLock lock = db.dialect().lock(config.url(), c, MigrateLog.SILENT)) {
            assertEquals(oldKey(), heldKey(pid(c)));
        }
    }

    private Database schema(String name) {
        return new Database(config.withUrl(new PostgresDialect().tenantUrl(config.url(), name)));
    }

    /** Locks within seconds, or fails: another schema's lock must not make it wait. */
    private static RunLock lockSoon(Database db, Connection c) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return db.dialect().lock(db.config().url(), c, MigrateLog.SILENT);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(10, TimeUnit.SECONDS);
    }

    /** The advisory key the session holds, rebuilt from pg_locks' two 32-bit halves. */
    private long heldKey(int pid) throws SQLException {
        return count("SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks WHERE locktype = 'advisory' "
                + "AND granted AND objsubid = 1 AND pid = " + pid);
    }

    private long oldKey() throws SQLException {
        return count(OLD_KEY);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = new Database(config).open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
