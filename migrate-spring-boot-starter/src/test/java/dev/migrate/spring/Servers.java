package dev.migrate.spring;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL and MariaDB servers of the README. Without one a test is skipped loudly; under CI=true it fails,
 * since a skipped test is not a passing one.
 */
final class Servers {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private Servers() {}

    /** A new empty database {@code name} on the server of {@code kind} ("postgresql" or "mariadb"); its URL. */
    static String fresh(String kind, String name) {
        boolean pg = kind.equals("postgresql");
        String server = pg ? POSTGRES + "test" : MARIADB + "test";
        String user = pg ? "postgres" : "root";
        try (Connection c = DriverManager.getConnection(server, user, pg ? null : "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (pg ? " WITH (FORCE)" : ""));
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String notice = kind + " is not reachable at " + server + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(notice + ": under CI=true the database tests must run", e);
            }
            System.err.println("\n*** SKIPPED: " + notice + ". Start the server to run these tests. ***\n");
            Assumptions.abort("SKIPPED: " + notice);
        }
        return (pg ? POSTGRES : MARIADB) + name;
    }

    static List<String> rows(String url, String user, String password, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void execute(String url, String user, String password, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
