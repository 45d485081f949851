package dev.migrate.dialect.mariadb;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.SessionLock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/** The run lock as a MariaDB user lock (GET_LOCK) named after the database. */
final class NamedLock extends SessionLock {
    /** How long one GET_LOCK call waits before it is asked again; the wait as a whole has no limit. */
    static final int WAIT_SECONDS = 10;
    /** MySQL refuses longer lock names (MariaDB does not). */
    private static final int MAX_NAME = 64;

    private final String name;

    private NamedLock(Connection connection, String name) {
        super(connection);
        this.name = name;
    }

    static SessionLock acquire(Connection connection, MigrateLog log) throws SQLException {
        return new NamedLock(connection, name(connection)).acquire(log);
    }

    /** "migrate:" and the database's name, shortened with a hash of it where that would exceed 64 characters. */
    static String name(Connection connection) throws SQLException {
        String database = Rows.one(connection, "SELECT DATABASE()");
        String name = "migrate:" + (database == null ? "" : database);
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(database)).substring(0, 8);
        return name.substring(0, MAX_NAME - hash.length() - 1) + ":" + hash;
    }

    @Override
    protected boolean tryLock() throws SQLException {
        return get(0);
    }

    @Override
    protected void lock(MigrateLog log) throws SQLException {
        while (!get(WAIT_SECONDS)) {
            log.debug("Still waiting for the MariaDB lock '" + name + "'");
        }
    }

    @Override
    protected void unlock() throws SQLException {
        Rows.one(connection, "SELECT RELEASE_LOCK(?)", name);
    }

    @Override
    protected String describe() throws SQLException {
        String holder = Rows.one(connection, "SELECT IS_USED_LOCK(?)", name);
        return "MariaDB lock '" + name + "'" + (holder == null ? "" : ", held by connection " + holder);
    }

    private boolean get(int timeoutSeconds) throws SQLException {
        String result = Rows.one(connection, "SELECT GET_LOCK(?, ?)", name, timeoutSeconds);
        if (result == null) {
            throw new SQLException("GET_LOCK('" + name + "') failed");
        }
        return result.equals("1");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
