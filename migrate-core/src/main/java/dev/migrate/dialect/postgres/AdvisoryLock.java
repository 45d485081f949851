package dev.migrate.dialect.postgres;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.SessionLock;

import java.sql.Connection;
import java.sql.SQLException;

/** The run lock as a session-level advisory lock, one key per database and schema. */
final class AdvisoryLock extends SessionLock {
    private static final String SCHEMA_PART = "coalesce(nullif('.' || current_schema(), '.public'), '')";

    /**
     * One key per database and schema, the same for every migrate process: the first 64 bits of an md5 of a fixed
     * prefix, the database's name and, unless it is public (whose key is the database's alone, as before schemas
     * had keys), the current schema's, computed by the server. Tenants in schemas of one database run in parallel.
     */
    static final String KEY_QUERY = "SELECT ('x' || left(md5('dev.migrate run lock:' || current_database() || "
            + SCHEMA_PART + "), 16))::bit(64)::bigint, current_database() || " + SCHEMA_PART;

    private final long key;
    private final String database;

    private AdvisoryLock(Connection connection, long key, String database) {
        super(connection);
        this.key = key;
        this.database = database;
    }

    static RunLock acquire(Connection connection, MigrateLog log) throws SQLException {
        AdvisoryLock lock =
                Rows.first(connection, KEY_QUERY, rs -> new AdvisoryLock(connection, rs.getLong(1), rs.getString(2)));
        return lock.acquire(log);
    }

    @Override
    protected boolean tryLock() throws SQLException {
        return Boolean.TRUE.equals(
                Rows.first(connection, "SELECT pg_try_advisory_lock(?)", rs -> rs.getBoolean(1), key));
    }

    @Override
    protected void lock(MigrateLog log) throws SQLException {
        Rows.one(connection, "SELECT true FROM pg_advisory_lock(?)", key);
    }

    @Override
    protected void unlock() throws SQLException {
        Rows.one(connection, "SELECT pg_advisory_unlock(?)", key);
    }

    /** Who holds the lock, so that a stuck run can be found (pg_stat_activity) and ended. */
    @Override
    protected String describe() throws SQLException {
        String pid = Rows.one(
                connection,
                "SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
                        + "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                        + "AND l.classid::bigint = ? AND l.objid::bigint = ?",
                key >>> 32,
                key & 0xffffffffL);
        return "PostgreSQL advisory lock " + key + " on database " + database.replaceFirst("\\.(.*)$", " (schema $1)")
                + (pid == null ? "" : ", held by server process " + pid);
    }
}
