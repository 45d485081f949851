package dev.migrate.dialect;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the dialect for a JDBC URL among those registered as {@code META-INF/services/dev.migrate.dialect.Dialect}
 * (or {@code provides} in a module), in the order the registrations are found.
 */
public final class Dialects {
    private static final List<Dialect> ALL = ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private Dialects() {}

    /** Every registered dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    public static Optional<Dialect> find(String url) {
        return url == null
                ? Optional.empty()
                : ALL.stream().filter(d -> d.handles(url)).findFirst();
    }

    public static Dialect forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new MigrateException(
                    "No database URL is set",
                    Remedy.of("Set ", Remedy.settings(Setting.URL), ", e.g. to jdbc:sqlite:app.db."));
        }
        return find(url)
                .orElseThrow(() -> new MigrateException(
                        "Unsupported database URL " + JdbcUrls.mask(url),
                        "migrate supports "
                                + Remedy.and(ALL.stream()
                                        .flatMap(d -> d.exampleUrls().stream())
                                        .toList()) + "."));
    }
}
