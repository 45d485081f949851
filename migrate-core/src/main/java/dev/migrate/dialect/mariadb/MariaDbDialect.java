package dev.migrate.dialect.mariadb;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.BaseDialect;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.schema.Schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * MariaDB, and MySQL through the same SQL (jdbc:mysql: URLs, with MySQL's driver). DDL commits as it goes; the run
 * lock is a session lock of the server; scratch databases are databases of their own on the same server.
 */
public final class MariaDbDialect extends BaseDialect {
    private static final java.util.regex.Pattern TENANT = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,64}");

    public MariaDbDialect() {
        super(
                "mariadb",
                List.of("jdbc:mariadb:", "jdbc:mysql:"),
                new MariaDbLexer(),
                new MariaDbRenderer(),
                false,
                "org.hibernate.dialect.MariaDBDialect");
    }

    @Override
    public List<String> exampleUrls() {
        return List.of("jdbc:mariadb://host:3306/db", "jdbc:mysql://host:3306/db");
    }

    @Override
    public String driver(String url) {
        return url.startsWith("jdbc:mysql:")
                ? "com.mysql:mysql-connector-j (or use a jdbc:mariadb: URL: the MariaDB "
                        + "driver also talks to MySQL)"
                : "org.mariadb.jdbc:mariadb-java-client";
    }

    /** The connected database's name on its server, the server known by its host name, port and data directory. */
    @Override
    public String databaseIdentity(Connection connection) throws SQLException {
        return Rows.one(connection, "SELECT concat(DATABASE(), '@', @@hostname, ':', @@port, ':', @@datadir)");
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
    public String autoIncrementPrimaryKey(String name) {
        return name + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    /** A tenant is a database on the configured server. */
    @Override
    public String tenantUrl(String baseUrl, String name) {
        tenantName(name, TENANT, "letters, digits and _, up to 64 of them");
        return MariaDbScratch.withDatabase(baseUrl, name);
    }

    @Override
    public void createTenant(Connection base, String name) throws SQLException {
        try (java.sql.Statement s = base.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + name);
        }
    }

    @Override
    public RunLock lock(String url, Connection connection, MigrateLog log) throws SQLException {
        return NamedLock.acquire(connection, log);
    }

    /** In the connected database, or in the database that qualifies the name ({@code db.table}). */
    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        return Rows.exists(
                connection,
                "SELECT 1 FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?",
                dot < 0 ? null : table.substring(0, dot),
                table.substring(dot + 1));
    }

    @Override
    public Schema readSchema(Connection connection, Set<String> ignoredTables) throws SQLException {
        return new MariaDbSchemaReader(connection, ignoredTables).read();
    }

    @Override
    public ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory, MigrateLog log) {
        return MariaDbScratch.create(config, log);
    }

    @Override
    public String quoteLiteral(String value) {
        return MariaDbNames.literal(value);
    }

    @Override
    public List<dev.migrate.lint.LintRule> lintRules() {
        return MariaDbLintRules.all();
    }
}
