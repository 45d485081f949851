package dev.migrate.servers;

import dev.migrate.dialect.DatabaseConfig;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL and MariaDB servers the database tests use (the README says where they are expected). Without a
 * server a test is skipped with a loud notice; under CI=true a missing server fails it instead, since a skipped
 * test is not a passing one.
 */
public final class TestServers {
    public static final String POSTGRES_URL =
            System.getProperty("migrate.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = "postgres";
    public static final String MARIADB_URL =
            System.getProperty("migrate.test.mariadb", "jdbc:mariadb://127.0.0.1:3306/test");
    public static final String MARIADB_USER = "root";

    private TestServers() {}

    /** The server's test database, or the test is skipped (failed under CI=true). */
    public static DatabaseConfig postgres() {
        return reachable(new DatabaseConfig(POSTGRES_URL, POSTGRES_USER, null), "PostgreSQL");
    }

    public static DatabaseConfig mariadb() {
        return reachable(new DatabaseConfig(MARIADB_URL, MARIADB_USER, ""), "MariaDB");
    }

    /** A new empty database on the PostgreSQL server, dropped first if a previous run left it. */
    public static DatabaseConfig freshPostgres(String name) {
        DatabaseConfig server = postgres();
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
        return new DatabaseConfig(POSTGRES_URL.replaceFirst("/test(\\?|$)", "/" + name + "$1"), POSTGRES_USER, null);
    }

    /** A new empty database on the MariaDB server, dropped first if a previous run left it. */
    public static DatabaseConfig freshMariadb(String name) {
        DatabaseConfig server = mariadb();
        execute(server, "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        return new DatabaseConfig(MARIADB_URL.replaceFirst("/test(\\?|$)", "/" + name + "$1"), MARIADB_USER, "");
    }

    /** The first column of the query's rows, as text; a failing query fails the test with its SQL. */
    public static List<String> rows(DatabaseConfig config, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(config.maskedUrl() + ": " + sql + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static void execute(DatabaseConfig config, String... sql) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(config.maskedUrl() + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseConfig reachable(DatabaseConfig config, String name) {
        try (Connection ignored = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            return config;
        } catch (SQLException e) {
            String notice = name + " is not reachable at " + config.maskedUrl() + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(
                        notice + ": under CI=true the database tests must run. Start the server "
                                + "(.ci/run does) and run again.",
                        e);
            }
            System.err.println();
            System.err.println("************************************************************************");
            System.err.println("* SKIPPED: " + notice);
            System.err.println("* These database tests did not run. Start the server to run them.");
            System.err.println("************************************************************************");
            Assumptions.abort("SKIPPED: " + notice);
            return config;
        }
    }
}
