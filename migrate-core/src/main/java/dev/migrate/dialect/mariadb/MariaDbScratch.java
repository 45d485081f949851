package dev.migrate.dialect.mariadb;

import dev.migrate.base.Setting;

import dev.migrate.base.Remedy;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.ScratchName;
import dev.migrate.dialect.ScratchSweep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of its own on the configured server, created with the configured database's character set and
 * collation (so that columns read the same there), and dropped when closed.
 */
final class MariaDbScratch implements ScratchDatabase {
    static final String PREFIX = "migrate_scratch_";
    private static final int ER_DBACCESS_DENIED = 1044;
    private static final int ER_BAD_DB = 1049;

    private final DatabaseConfig server;
    private final DatabaseConfig config;
    private final String name;

    private MariaDbScratch(DatabaseConfig server, DatabaseConfig config, String name) {
        this.server = server;
        this.config = config;
        this.name = name;
    }

    static MariaDbScratch create(DatabaseConfig configured, MigrateLog log) {
        String name = ScratchName.next(PREFIX).name();
        try (Connection c = connect(configured); Statement s = c.createStatement()) {
            sweep(s, configured, log);
            s.execute("CREATE DATABASE " + name + characterSet(s));
        } catch (SQLException e) {
            if (e.getErrorCode() == ER_DBACCESS_DENIED
                    || "42000".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("Access denied")) {
                throw new MigrateException("Cannot create a scratch database on " + configured.maskedUrl() + ": "
                        + oneLine(e.getMessage()), Remedy.of("Grant CREATE and DROP on databases to the user, or "
                        + "name a scratch database with ", Remedy.name(Setting.SCRATCH_URL), "."), e);
            }
            throw new DatabaseException("Cannot create a scratch database on " + configured.maskedUrl() + ": "
                    + oneLine(e.getMessage()), "Check that the server is reachable.", e);
        }
        return new MariaDbScratch(configured, new DatabaseConfig(withDatabase(configured.url(), name),
                configured.user(), configured.password()), name);
    }

    /** Drops the scratch databases of killed runs (the server closed their connections when the processes died). */
    private static void sweep(Statement s, DatabaseConfig server, MigrateLog log) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SHOW DATABASES LIKE 'migrate\\_scratch\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        ScratchSweep.sweep(PREFIX, names, server.maskedUrl(), name -> s.execute("DROP DATABASE IF EXISTS " + name), log);
    }

    String name() {
        return name;
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            // A connection left open inside the scratch database would otherwise hold DROP for a day.
            s.execute("SET SESSION lock_wait_timeout = 60");
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException | DatabaseException e) {
            throw new DatabaseException("Cannot drop the scratch database " + name + " on " + server.maskedUrl()
                    + ": " + oneLine(e.getMessage()), "Drop it by hand: DROP DATABASE " + name + ";", e);
        }
    }

    /** A connection to the configured database, or to the server alone if that database does not exist yet. */
    private static Connection connect(DatabaseConfig configured) {
        try {
            return new Database(configured).open();
        } catch (DatabaseException e) {
            if (e.getCause() instanceof SQLException s && s.getErrorCode() == ER_BAD_DB) {
                return new Database(new DatabaseConfig(withDatabase(configured.url(), ""), configured.user(),
                        configured.password())).open();
            }
            throw e;
        }
    }

    /** " CHARACTER SET x COLLATE y" of the connected database, or nothing without one. */
    private static String characterSet(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME "
                + "FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()")) {
            return rs.next() ? " CHARACTER SET " + rs.getString(1) + " COLLATE " + rs.getString(2) : "";
        }
    }

    /**
     * The URL with another database: host, port and parameters stay. Takes {@code jdbc:mariadb://h:3306/db?x=y},
     * {@code jdbc:mysql://h/db}, several hosts, and a URL without a database.
     */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        if (hosts < 0) {
            throw new IllegalArgumentException("Not a MariaDB or MySQL JDBC URL: " + url);
        }
        int query = url.indexOf('?', hosts + 2);
        int end = query < 0 ? url.length() : query;
        int slash = url.indexOf('/', hosts + 2);
        if (slash < 0 || slash > end) {
            return url.substring(0, end) + "/" + database + url.substring(end);
        }
        return url.substring(0, slash + 1) + database + url.substring(end);
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
