package dev.migrate.dialect.postgres;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.RunLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run lock as a session-level advisory lock on the connection that runs the migrations. A session lock
 * outlives the commits and rollbacks of the run, and the server drops it when the session ends, so a killed run
 * never leaves it behind.
 */
final class AdvisoryLock implements RunLock {
    /**
     * One key per database, the same for every migrate process: the first 64 bits of an md5 of a fixed prefix and
     * the database's name, computed by the server.
     */
    static final String KEY_QUERY = "SELECT ('x' || left(md5('dev.migrate run lock:' || current_database()), 16))"
            + "::bit(64)::bigint, current_database()";

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static RunLock acquire(Connection connection, MigrateLog log) throws SQLException {
        long key;
        String database;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(KEY_QUERY)) {
            rs.next();
            key = rs.getLong(1);
            database = rs.getString(2);
        }
        if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
            log.info("Waiting for another migrate run on this database to finish (PostgreSQL advisory lock " + key
                    + " on database " + database + holder(connection, key) + ")");
            call(connection, "SELECT true FROM pg_advisory_lock(?)", key);
        }
        return new AdvisoryLock(connection, key);
    }

    /** Who holds the lock, so that a stuck run can be found (pg_stat_activity) and ended. */
    private static String holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT l.pid FROM pg_locks l "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND l.classid::bigint = ? AND l.objid::bigint = ?")) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? ", held by server process " + rs.getInt(1) : "";
            }
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void close() {
        try {
            unlock();
        } catch (SQLException e) {
            try {
                // a failed transaction refuses every statement until it is rolled back; it is lost anyway
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                unlock();
            } catch (SQLException again) {
                closeSession();
            }
        }
    }

    private void unlock() throws SQLException {
        call(connection, "SELECT pg_advisory_unlock(?)", key);
    }

    /** Ending the session releases the lock when nothing else can. */
    private void closeSession() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server ends the session and its locks when the connection drops
        }
    }
}
