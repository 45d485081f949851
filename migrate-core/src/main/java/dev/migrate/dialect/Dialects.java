package dev.migrate.dialect;

import dev.migrate.MigrateException;

import java.util.List;

/** Finds the dialect for a JDBC URL. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(new SqliteDialect());

    private Dialects() {
    }

    public static Dialect forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new MigrateException("No database URL is set",
                    "Set the 'url' parameter of migrate-maven-plugin, or pass -Dmigrate.url=jdbc:sqlite:app.db.");
        }
        for (Dialect d : ALL) {
            if (d.handles(url)) {
                return d;
            }
        }
        throw new MigrateException("Unsupported database URL " + JdbcUrls.mask(url),
                "migrate supports SQLite URLs of the form jdbc:sqlite:path/to/file.db.");
    }

    static String driverHint(String url) {
        return "Add the JDBC driver for '" + JdbcUrls.kind(url) + "' as a <dependency> of migrate-maven-plugin in "
                + "your pom (inside its <plugin> element).";
    }
}
