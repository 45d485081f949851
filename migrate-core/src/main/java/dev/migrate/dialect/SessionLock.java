package dev.migrate.dialect;

import dev.migrate.base.MigrateLog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The run lock as a lock of the database session that runs the migrations (an advisory lock, a named lock). It
 * outlives the run's commits and rollbacks, and the server frees it when the session ends, so a killed run never
 * leaves it behind. A dialect says how its server takes, waits for and releases one.
 */
public abstract class SessionLock implements RunLock {
    protected final Connection connection;

    protected SessionLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock if it is free. */
    protected abstract boolean tryLock() throws SQLException;

    /** Waits until the lock is free and takes it. */
    protected abstract void lock(MigrateLog log) throws SQLException;

    protected abstract void unlock() throws SQLException;

    /** The lock as the user can look it up on the server, and who holds it where the server tells. */
    protected abstract String describe() throws SQLException;

    /** Takes the lock, saying once that it waits (and for what) while another run holds it. */
    protected final SessionLock acquire(MigrateLog log) throws SQLException {
        if (!tryLock()) {
            log.info("Waiting for another migrate run on this database to finish (" + describe() + ")");
            lock(log);
        }
        return this;
    }

    /** Releases the lock; where the session refuses, ending the session releases it. */
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
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the server ends the session and its locks when the connection drops
                }
            }
        }
    }
}
