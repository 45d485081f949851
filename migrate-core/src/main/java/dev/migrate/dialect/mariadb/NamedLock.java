package dev.migrate.dialect.mariadb;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.RunLock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The run lock as a MariaDB user lock (GET_LOCK) named after the database. It belongs to the connection's session,
 * so the server frees it when the connection ends, however the process that held it ended.
 */
final class NamedLock implements RunLock {
    /** How long one GET_LOCK call waits before it is asked again; the wait as a whole has no limit. */
    static final int WAIT_SECONDS = 10;
    /** MySQL refuses longer lock names (MariaDB does not). */
    private static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static NamedLock acquire(Connection connection, MigrateLog log) throws SQLException {
        String name = name(connection);
        if (!get(connection, name, 0)) {
            String holder = holder(connection, name);
            log.info("Waiting for another migrate run on this database to finish (MariaDB lock '" + name + "'"
                    + (holder == null ? "" : ", held by connection " + holder) + ")");
            while (!get(connection, name, WAIT_SECONDS)) {
                log.debug("Still waiting for the MariaDB lock '" + name + "'");
            }
        }
        return new NamedLock(connection, name);
    }

    /** "migrate:" and the database's name, shortened with a hash of it where that would exceed 64 characters. */
    static String name(Connection connection) throws SQLException {
        String database;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            database = rs.getString(1);
        }
        String name = "migrate:" + (database == null ? "" : database);
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(database)).substring(0, 8);
        return name.substring(0, MAX_NAME - hash.length() - 1) + ":" + hash;
    }

    private static boolean get(Connection connection, String name, int timeoutSeconds) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setInt(2, timeoutSeconds);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') failed");
                }
                return result == 1;
            }
        }
    }

    private static String holder(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, name);
            s.executeQuery().close();
        } catch (SQLException e) {
            // the connection is gone, and the lock with its session
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
