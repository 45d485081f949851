package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.postgres.PostgresDialect;

import java.util.List;

/** Finds the dialect for a JDBC URL. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(new SqliteDialect(), new PostgresDialect(), new MariaDbDialect());

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
                "migrate supports jdbc:sqlite:path/to/file.db, jdbc:postgresql://host:5432/db, "
                        + "jdbc:mariadb://host:3306/db and jdbc:mysql://host:3306/db.");
    }

    /** Which dependency brings the driver; those of SQLite, PostgreSQL and MariaDB come with the plugin. */
    static String driverHint(String url) {
        String dependency = switch (JdbcUrls.kind(url)) {
            case "mysql" -> "com.mysql:mysql-connector-j (or use a jdbc:mariadb: URL: the MariaDB driver, which "
                    + "comes with the plugin, also talks to MySQL)";
            case "postgresql" -> "org.postgresql:postgresql";
            case "mariadb" -> "org.mariadb.jdbc:mariadb-java-client";
            case "sqlite" -> "org.xerial:sqlite-jdbc";
            default -> "the JDBC driver for '" + JdbcUrls.kind(url) + "'";
        };
        return "Add " + dependency + " as a <dependency> of migrate-maven-plugin in your pom (inside its <plugin> "
                + "element), or to your application's classpath when it runs migrate itself.";
    }
}
