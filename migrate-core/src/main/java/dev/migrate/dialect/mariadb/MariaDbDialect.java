package dev.migrate.dialect.mariadb;

import java.util.List;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.diff.SqlRenderer;
import dev.migrate.schema.Schema;
import dev.migrate.script.StatementSplitter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * MariaDB, and MySQL through the same SQL (jdbc:mysql: URLs, with MySQL's driver). DDL commits as it goes; the run
 * lock is a session lock of the server; scratch databases are databases of their own on the same server.
 */
public final class MariaDbDialect implements Dialect {
    // MySQL strings take backslash escapes
    private static final StatementSplitter SPLITTER = new StatementSplitter(new MariaDbLexer());
    private static final SqlRenderer RENDERER = new MariaDbRenderer();

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public List<String> exampleUrls() {
        return List.of("jdbc:mariadb://host:3306/db", "jdbc:mysql://host:3306/db");
    }

    @Override
    public String driver(String url) {
        return url.startsWith("jdbc:mysql:") ? "com.mysql:mysql-connector-j (or use a jdbc:mariadb: URL: the MariaDB "
                + "driver also talks to MySQL)" : "org.mariadb.jdbc:mariadb-java-client";
    }

    /** The connected database's name on its server, the server known by its host name, port and data directory. */
    @Override
    public String databaseIdentity(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT concat(DATABASE(), '@', @@hostname, ':', @@port, ':', @@datadir)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The mariadb and mysql clients end a statement at the first semicolon outside quotes and comments, also inside
     * a procedure's or trigger's BEGIN ... END: such a statement gets a DELIMITER of its own.
     */
    @Override
    public String terminated(String sql) {
        if (sql.indexOf(';') < 0) {
            return sql + ";";
        }
        String delimiter = sql.contains("$$") ? "//" : "$$";
        return "DELIMITER " + delimiter + "\n" + sql + delimiter + "\nDELIMITER ;";
    }

    @Override
    public StatementSplitter splitter() {
        return SPLITTER;
    }

    @Override
    public String autoIncrementPrimaryKey(String name) {
        return name + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public RunLock lock(String url, Connection connection, MigrateLog log) throws SQLException {
        return NamedLock.acquire(connection, log);
    }

    /** In the connected database, or in the database that qualifies the name ({@code db.table}). */
    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?")) {
            s.setString(1, dot < 0 ? null : table.substring(0, dot));
            s.setString(2, table.substring(dot + 1));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Schema readSchema(Connection connection, Set<String> ignoredTables) throws SQLException {
        return new MariaDbSchemaReader(connection, ignoredTables).read();
    }

    @Override
    public SqlRenderer renderer() {
        return RENDERER;
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MariaDBDialect";
    }

    @Override
    public ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory, dev.migrate.base.MigrateLog log) {
        return MariaDbScratch.create(config, log);
    }

    @Override
    public String quoteLiteral(String value) {
        return MariaDbNames.literal(value);
    }
}
