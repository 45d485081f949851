package dev.migrate.dialect.postgres;

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
 * order, as pg_class.reloptions holds them) and row-level security, held in {@code Table.options} as
 * {@code UNLOGGED WITH (fillfactor=70) ENABLE ROW LEVEL SECURITY FORCE ROW LEVEL SECURITY}.
 */
record PostgresTableOptions(boolean unlogged, Map<String, String> storage, boolean rowSecurity, boolean forced) {
    private static final String ENABLE = "ENABLE ROW LEVEL SECURITY";
    private static final String FORCE = "FORCE ROW LEVEL SECURITY";
    private static final Pattern WITH = Pattern.compile("WITH \\((.*?)\\)(?= ENABLE | FORCE |$)");

    PostgresTableOptions {
        storage = new TreeMap<>(storage);
    }

    /** @param reloptions {@code fillfactor=70}, ... or null */
    static String read(boolean unlogged, List<String> reloptions, boolean rowSecurity, boolean forced) {
        Map<String, String> storage = new LinkedHashMap<>();
        for (String option : reloptions) {
            String[] pair = option.split("=", 2);
            storage.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return new PostgresTableOptions(unlogged, storage, rowSecurity, forced).text();
    }

    static PostgresTableOptions of(String options) {
        if (options == null) {
            return new PostgresTableOptions(false, Map.of(), false, false);
        }
        Map<String, String> storage = new LinkedHashMap<>();
        Matcher with = WITH.matcher(options);
        if (with.find()) {
            for (String option : with.group(1).split(", ")) {
                String[] pair = option.split("=", 2);
                storage.put(pair[0], pair[1]);
            }
        }
        return new PostgresTableOptions(
                options.startsWith("UNLOGGED"), storage, options.contains(ENABLE), options.contains(FORCE));
    }

    /** What CREATE TABLE says between CREATE and TABLE. */
    String persistence() {
        return unlogged ? "UNLOGGED " : "";
    }

    /** What CREATE TABLE says after the column list. */
    String with() {
        return storage.isEmpty() ? "" : " WITH " + storageList();
    }

    /** The statements after CREATE TABLE. */
    List<String> afterCreate(String table) {
        return new PostgresTableOptions(false, Map.of(), rowSecurity, forced)
                .change(table, new PostgresTableOptions(false, Map.of(), false, false));
    }

    /** The ALTER TABLE statements that turn {@code before} into these options. */
    List<String> change(String table, PostgresTableOptions before) {
        String alter = "ALTER TABLE " + table + " ";
        List<String> out = new ArrayList<>();
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
            out.add(alter + "SET " + new PostgresTableOptions(false, set, false, false).storageList());
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
        if (rowSecurity) {
            parts.add(ENABLE);
        }
        if (forced) {
            parts.add(FORCE);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
