package dev.migrate.dialect;

import java.util.Objects;

/** Where the database is and how to log in. {@link #toString()} never shows the password. */
public record DatabaseConfig(String url, String user, String password) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
    }

    /** The same database with a relative SQLite file path made absolute against {@code base}. */
    public DatabaseConfig resolvedAgainst(java.nio.file.Path base) {
        return new DatabaseConfig(
                Dialects.find(url).map(d -> d.resolveAgainst(url, base)).orElse(url), user, password);
    }

    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    @Override
    public String toString() {
        return maskedUrl() + (user == null ? "" : " as " + user);
    }
}
