package dev.migrate.dialect.postgres;

import dev.migrate.base.MigrateException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's options the model keeps, where they differ from a plain table: UNLOGGED, its storage parameters (in name
 * order, as pg_class.reloptions holds them), the table it is a partition of with its bounds, how it is partitioned,
 * and row-level security, held in {@code Table.options} as {@code UNLOGGED WITH (fillfactor=70) PARTITION OF m FOR
 * VALUES FROM (1) TO (10) PARTITION BY RANGE (at) ENABLE ROW LEVEL SECURITY FORCE ROW LEVEL SECURITY}. The storage
 * parameters come first: a hash partition's bounds say {@code WITH (MODULUS 4, REMAINDER 0)} too.
 */
record PostgresTableOptions(
        boolean unlogged,
        Map<String, String> storage,
        String partitionOf,
        String partitionBy,
        boolean rowSecurity,
        boolean forced) {
    private static final String ENABLE = "ENABLE ROW LEVEL SECURITY";
    private static final String FORCE = "FORCE ROW LEVEL SECURITY";
    private static final String OF = "PARTITION OF ";
    private static final String BY = "PARTITION BY ";
    private static final Pattern WITH =
            Pattern.compile("^(?:UNLOGGED )?WITH \\((.*?)\\)(?= ENABLE | FORCE | PARTITION |$)");
    private static final Pattern OF_TEXT =
            Pattern.compile(" ?PARTITION OF (.*?)(?= PARTITION BY | ENABLE ROW | FORCE ROW |$)");
    private static final Pattern BY_TEXT = Pattern.compile(" ?PARTITION BY (.*?)(?= ENABLE ROW | FORCE ROW |$)");

    PostgresTableOptions {
        storage = new TreeMap<>(storage);
    }

    /**
     * @param reloptions {@code fillfactor=70}, ... or null
     * @param partitionOf the parent and bounds of a partition ({@code m FOR VALUES IN (1)}), else null
     * @param partitionBy pg_get_partkeydef of a partitioned table ({@code RANGE (at)}), else null
     */
    static String read(
            boolean unlogged,
            List<String> reloptions,
            String partitionOf,
            String partitionBy,
            boolean rowSecurity,
            boolean forced) {
        Map<String, String> storage = new LinkedHashMap<>();
        for (String option : reloptions) {
            String[] pair = option.split("=", 2);
            storage.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return new PostgresTableOptions(unlogged, storage, partitionOf, partitionBy, rowSecurity, forced).text();
    }

    static PostgresTableOptions of(String options) {
        if (options == null) {
            return new PostgresTableOptions(false, Map.of(), null, null, false, false);
        }
        Map<String, String> storage = new LinkedHashMap<>();
        Matcher with = WITH.matcher(options);
        String rest = options;
        if (with.find()) {
            for (String option : with.group(1).split(", ")) {
                String[] pair = option.split("=", 2);
                storage.put(pair[0], pair[1]);
            }
            rest = options.substring(with.end());
        }
        Matcher of = OF_TEXT.matcher(rest);
        Matcher by = BY_TEXT.matcher(rest);
        return new PostgresTableOptions(
                options.startsWith("UNLOGGED"),
                storage,
                of.find() ? of.group(1) : null,
                by.find() ? by.group(1) : null,
                options.contains(ENABLE),
                options.contains(FORCE));
    }

    /** The parent of a partition, else null. */
    String parent() {
        if (partitionOf == null) {
            return null;
        }
        int bounds = partitionOf.indexOf(" FOR VALUES ");
        return partitionOf.substring(0, bounds < 0 ? partitionOf.length() - " DEFAULT".length() : bounds);
    }

    /** A partition's bounds: {@code FOR VALUES FROM (1) TO (10)}, {@code DEFAULT}. */
    String bounds() {
        return partitionOf.substring(parent().length() + 1);
    }

    /** What CREATE TABLE says between CREATE and TABLE. */
    String persistence() {
        return unlogged ? "UNLOGGED " : "";
    }

    /** What CREATE TABLE says after the column list (or a partition's bounds). */
    String with() {
        return (partitionBy == null ? "" : " " + BY + partitionBy)
                + (storage.isEmpty() ? "" : " WITH " + storageList());
    }

    /** The statements after CREATE TABLE. */
    List<String> afterCreate(String table) {
        return new PostgresTableOptions(false, Map.of(), null, null, rowSecurity, forced)
                .change(table, new PostgresTableOptions(false, Map.of(), null, null, false, false), q -> q);
    }

    /**
     * The ALTER TABLE statements that turn {@code before} into these options; a partition that changes its bounds
     * or its parent is detached and attached again. PostgreSQL cannot partition a table, or change how it is
     * partitioned, in place, nor make a table a partition that was not one: that is refused with what to do.
     *
     * @param quote quotes a table's name
     */
    List<String> change(String table, PostgresTableOptions before, java.util.function.UnaryOperator<String> quote) {
        String alter = "ALTER TABLE " + table + " ";
        List<String> out = new ArrayList<>();
        if (!Objects.equals(partitionBy, before.partitionBy)) {
            throw new MigrateException(
                    "PostgreSQL cannot change how table " + table + " is partitioned ("
                            + (before.partitionBy == null ? "not partitioned" : BY + before.partitionBy) + " to "
                            + (partitionBy == null ? "not partitioned" : BY + partitionBy) + ") in place",
                    "create the new table beside it, copy the rows over and swap the names in a revision written "
                            + "by hand");
        }
        if (!Objects.equals(partitionOf, before.partitionOf)) {
            if (partitionOf == null || before.partitionOf == null) {
                throw new MigrateException(
                        "Table " + table + " "
                                + (partitionOf == null
                                        ? "stops being a partition of " + before.parent()
                                        : "becomes a partition of " + parent())
                                + ": migrate does not attach or detach a table with its columns",
                        "write ALTER TABLE ... " + (partitionOf == null ? "DETACH" : "ATTACH")
                                + " PARTITION in a revision by hand");
            }
            out.add("ALTER TABLE " + quote.apply(before.parent()) + " DETACH PARTITION " + table);
            out.add("ALTER TABLE " + quote.apply(parent()) + " ATTACH PARTITION " + table + " " + bounds());
        }
        if (unlogged != before.unlogged) {
            out.add(alter + (unlogged ? "SET UNLOGGED" : "SET LOGGED"));
        }
        List<String> reset = before.storage.keySet().stream()
                .filter(k -> !storage.containsKey(k))
                .toList();
        if (!reset.isEmpty()) {
            out.add(alter + "RESET (" + String.join(", ", reset) + ")");
        }
        Map<String, String> set = new TreeMap<>(storage);
        set.entrySet().removeIf(e -> Objects.equals(before.storage.get(e.getKey()), e.getValue()));
        if (!set.isEmpty()) {
            out.add(alter + "SET " + new PostgresTableOptions(false, set, null, null, false, false).storageList());
        }
        if (rowSecurity != before.rowSecurity) {
            out.add(alter + (rowSecurity ? ENABLE : "DISABLE ROW LEVEL SECURITY"));
        }
        if (forced != before.forced) {
            out.add(alter + (forced ? FORCE : "NO FORCE ROW LEVEL SECURITY"));
        }
        return out;
    }

    private String storageList() {
        List<String> pairs = new ArrayList<>();
        storage.forEach((k, v) -> pairs.add(k + "=" + v));
        return "(" + String.join(", ", pairs) + ")";
    }

    /** The options as {@code Table.options} holds them, or null for a plain table. */
    String text() {
        List<String> parts = new ArrayList<>();
        if (unlogged) {
            parts.add("UNLOGGED");
        }
        if (!storage.isEmpty()) {
            parts.add("WITH " + storageList());
        }
        if (partitionOf != null) {
            parts.add(OF + partitionOf);
        }
        if (partitionBy != null) {
            parts.add(BY + partitionBy);
        }
        if (rowSecurity) {
            parts.add(ENABLE);
        }
        if (forced) {
            parts.add(FORCE);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
