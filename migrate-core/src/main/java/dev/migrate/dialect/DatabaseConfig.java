package dev.migrate.dialect;

import dev.migrate.base.Remedy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Where the database is and how to log in: a JDBC URL with credentials, or an application's {@link DataSource}
 * (its pool, its credentials) with the URL it reports. {@link #toString()} never shows the password.
 *
 * @param dataSource where connections come from, or null to open them from the URL
 */
public record DatabaseConfig(String url, String user, String password, DataSource dataSource) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
    }

    public DatabaseConfig(String url, String user, String password) {
        this(url, user, password, null);
    }

    /**
     * The database of an application's {@code DataSource}: connections come from it; its URL and user, which say
     * the dialect and name the database in messages, are read from one connection's metadata.
     */
    public static DatabaseConfig of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return new DatabaseConfig(meta.getURL(), meta.getUserName(), null, dataSource);
        } catch (SQLException e) {
            throw new DatabaseException(
                    "Cannot connect to the application's DataSource: " + e.getMessage(),
                    Remedy.words("Check the DataSource's configuration and that the database is running."),
                    e);
        }
    }

    /** The same database with a relative SQLite file path made absolute against {@code base}. */
    public DatabaseConfig resolvedAgainst(java.nio.file.Path base) {
        return new DatabaseConfig(
                Dialects.find(url).map(d -> d.resolveAgainst(url, base)).orElse(url), user, password, dataSource);
    }

    /** The same credentials at another URL (a tenant's schema, database or file). */
    public DatabaseConfig withUrl(String other) {
        return new DatabaseConfig(other, user, password, null);
    }

    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    @Override
    public String toString() {
        return maskedUrl() + (user == null ? "" : " as " + user);
    }
}
