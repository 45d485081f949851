package dev.migrate.dialect.mariadb;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.ServerScratch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own on the configured server, created with the configured database's character set and
 * collation (so that columns read the same there).
 */
final class MariaDbScratch extends ServerScratch {
    private static final int ER_DBACCESS_DENIED = 1044;
    private static final int ER_BAD_DB = 1049;

    private MariaDbScratch(DatabaseConfig server) {
        super(server);
    }

    static MariaDbScratch create(DatabaseConfig configured, MigrateLog log) {
        return (MariaDbScratch) new MariaDbScratch(configured).create(log);
    }

    /** The server closed the connections of killed runs when their processes died. */
    @Override
    protected String listQuery() {
        return "SHOW DATABASES LIKE 'migrate\\_scratch\\_%'";
    }

    @Override
    protected String dropStatement(String database) {
        return "DROP DATABASE IF EXISTS " + database;
    }

    /** With the character set and collation of the connected database, if there is one. */
    @Override
    protected String createStatement(Connection configured) throws SQLException {
        String charset = Rows.first(
                configured,
                "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME "
                        + "FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()",
                rs -> " CHARACTER SET " + rs.getString(1) + " COLLATE " + rs.getString(2));
        return super.createStatement(configured) + (charset == null ? "" : charset);
    }

    @Override
    protected MigrateException createFailed(SQLException e) {
        String why = "Cannot create a scratch database on " + server.maskedUrl() + ": " + oneLine(e.getMessage());
        if (e.getErrorCode() == ER_DBACCESS_DENIED
                || "42000".equals(e.getSQLState())
                        && String.valueOf(e.getMessage()).contains("Access denied")) {
            return new MigrateException(
                    why,
                    Remedy.of(
                            "Grant CREATE and DROP on databases to the user, or name a " + "scratch database with ",
                            Remedy.name(Setting.SCRATCH_URL),
                            "."),
                    e);
        }
        return new DatabaseException(why, "Check that the server is reachable.", e);
    }

    /** A connection left open inside the scratch database would otherwise hold DROP for a day. */
    @Override
    protected void beforeDrop(Statement admin) throws SQLException {
        admin.execute("SET SESSION lock_wait_timeout = 60");
    }

    @Override
    protected boolean missingDatabase(SQLException e) {
        return e.getErrorCode() == ER_BAD_DB;
    }

    @Override
    protected String maintenanceDatabase() {
        return "";
    }

    @Override
    protected String urlWith(String url, String database) {
        return withDatabase(url, database);
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
}
