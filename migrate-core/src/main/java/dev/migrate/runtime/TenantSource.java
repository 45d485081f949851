package dev.migrate.runtime;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tenants one configuration migrates: a list of names (for SQLite, file patterns too) and the names a query
 * on the configured database returns, in that order, each once. A name is a schema of the configured PostgreSQL
 * database, a database on the configured MariaDB server, or a file beside the configured SQLite file.
 */
public final class TenantSource {
    private final List<String> entries;
    private final String query;

    private TenantSource(List<String> entries, String query) {
        this.entries = List.copyOf(entries);
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    public static TenantSource list(List<String> names) {
        return new TenantSource(names, null);
    }

    /** The names the first column of {@code sql}'s rows give, run on the configured database. */
    public static TenantSource query(String sql) {
        return new TenantSource(List.of(), sql);
    }

    /** Both: the list's names, then the query's. */
    public static TenantSource of(List<String> names, String sql) {
        return new TenantSource(names, sql);
    }

    /** The tenants, with their URLs; refuses, naming it, a name the database cannot hold, before any is touched. */
    public List<Tenant> tenants(Database base) {
        Dialect dialect = base.dialect();
        Map<String, Setting> names = new LinkedHashMap<>();
        for (String entry : entries) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            List<String> expanded = dialect.tenantNames(base.config().url(), e);
            if (expanded.isEmpty()) {
                throw new MigrateException(
                        "The tenant pattern '" + e + "' matches no file beside "
                                + base.config().maskedUrl(),
                        Remedy.of("Check the pattern in ", Remedy.name(Setting.TENANTS), ", or name the files."));
            }
            expanded.forEach(n -> names.putIfAbsent(n, Setting.TENANTS));
        }
        if (query != null) {
            queried(base).forEach(n -> names.putIfAbsent(n, Setting.TENANTS_QUERY));
        }
        List<Tenant> tenants = new ArrayList<>();
        names.forEach((name, from) -> {
            try {
                tenants.add(new Tenant(
                        name,
                        base.config().withUrl(dialect.tenantUrl(base.config().url(), name))));
            } catch (IllegalArgumentException e) {
                throw new MigrateException(
                        "Tenant " + e.getMessage() + " (from " + from.key() + "); no tenant was migrated",
                        Remedy.of("Rename it, or leave it out of ", Remedy.name(from), "."));
            }
        });
        return tenants;
    }

    private List<String> queried(Database base) {
        try (Connection c = base.open()) {
            List<String> out = new ArrayList<>();
            for (String name : Rows.strings(c, query)) {
                if (name != null && !name.isBlank()) {
                    out.add(name.strip());
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException(
                    "The tenants query failed on " + base.config().maskedUrl() + ": " + e.getMessage(),
                    Remedy.of(
                            "Fix the query in ",
                            Remedy.name(Setting.TENANTS_QUERY),
                            ": it must return the " + "tenants' names in its first column."),
                    e);
        }
    }
}
