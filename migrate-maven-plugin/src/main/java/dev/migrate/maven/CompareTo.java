package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;

import java.util.Locale;

/** {@code migrate.compareTo}: the migrations (replayed on a scratch database, the default) or the database. */
final class CompareTo {
    private CompareTo() {}

    /** Whether {@code value} names the configured database; a value that is neither choice is refused. */
    static boolean database(String value) throws MojoFailureException {
        String c = value == null ? "migrations" : value.strip().toLowerCase(Locale.ROOT);
        if (!c.equals("migrations") && !c.equals("database")) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.COMPARE_TO,
                    "'" + value + "' is not a choice",
                    "Use 'migrations' (replayed on a scratch database, the default) or 'database'.");
        }
        return c.equals("database");
    }
}
