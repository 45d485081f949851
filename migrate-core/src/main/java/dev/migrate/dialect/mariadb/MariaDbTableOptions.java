package dev.migrate.dialect.mariadb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table's options the model keeps, where they differ from the defaults: its storage engine (against the server's
 * default engine), ROW_FORMAT and KEY_BLOCK_SIZE, as {@code ENGINE=Aria ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8}. The
 * character set and collation are not among them: the scratch database autogenerate builds the model in may have
 * other defaults than the database being migrated.
 */
final class MariaDbTableOptions {
    private static final List<String> KEPT = List.of("ROW_FORMAT", "KEY_BLOCK_SIZE");
    /** What an option is set to when it goes back to its default. */
    private static final Map<String, String> DEFAULTS =
            Map.of("ENGINE", "InnoDB", "ROW_FORMAT", "DEFAULT", "KEY_BLOCK_SIZE", "0");

    private MariaDbTableOptions() {}

    /** @param createOptions information_schema.TABLES.CREATE_OPTIONS: {@code row_format=COMPRESSED key_block_size=8} */
    static String read(String engine, String createOptions, String defaultEngine) {
        List<String> out = new ArrayList<>();
        if (engine != null && !engine.equalsIgnoreCase(defaultEngine)) {
            out.add("ENGINE=" + engine);
        }
        if (createOptions != null) {
            for (String option : createOptions.trim().split("\\s+")) {
                String[] pair = option.split("=", 2);
                String key = pair[0].toUpperCase(Locale.ROOT);
                if (pair.length == 2 && KEPT.contains(key)) {
                    out.add(key + "=" + pair[1].toUpperCase(Locale.ROOT));
                }
            }
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** The ALTER TABLE clause that turns {@code before} options into {@code after}; null is the defaults. */
    static String change(String before, String after) {
        Map<String, String> from = parse(before);
        Map<String, String> to = parse(after);
        List<String> clauses = new ArrayList<>();
        for (String key : List.of("ENGINE", "ROW_FORMAT", "KEY_BLOCK_SIZE")) {
            String value = to.containsKey(key) ? to.get(key) : from.containsKey(key) ? DEFAULTS.get(key) : null;
            if (value != null && !value.equals(from.get(key))) {
                clauses.add(key + "=" + value);
            }
        }
        return String.join(" ", clauses);
    }

    private static Map<String, String> parse(String options) {
        Map<String, String> out = new LinkedHashMap<>();
        if (options != null) {
            for (String option : options.split(" ")) {
                String[] pair = option.split("=", 2);
                out.put(pair[0], pair[1]);
            }
        }
        return out;
    }
}
