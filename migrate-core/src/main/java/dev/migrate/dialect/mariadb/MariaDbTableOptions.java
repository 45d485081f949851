package dev.migrate.dialect.mariadb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's options the model keeps, where they differ from the defaults, as MariaDB writes them after the closing
 * parenthesis of CREATE TABLE: its storage engine (against the server's default engine), ROW_FORMAT, KEY_BLOCK_SIZE,
 * its collation (against the database's: the scratch database autogenerate builds the model in is created with the
 * migrated database's character set and collation), then its partitioning, as in {@code ENGINE=Aria
 * COLLATE=latin1_swedish_ci DATABASE_COLLATE=utf8mb4_general_ci PARTITION BY HASH (`id`) PARTITIONS 4}.
 *
 * <p>{@code DATABASE_COLLATE} is not an option MariaDB has: it is the database's collation, kept beside a table's own
 * so that going back to the database's default can name it (MariaDB's {@code CHARACTER SET DEFAULT} takes the
 * character set's default collation, which need not be the database's). Both schemas of a comparison are read from
 * databases of the same collation, so it never makes a difference of its own.
 */
final class MariaDbTableOptions {
    private static final List<String> KEPT = List.of("ROW_FORMAT", "KEY_BLOCK_SIZE");
    private static final List<String> ORDER = List.of("ENGINE", "ROW_FORMAT", "KEY_BLOCK_SIZE", "COLLATE");
    private static final String DATABASE_COLLATE = "DATABASE_COLLATE";
    private static final String PARTITION_BY = "PARTITION BY ";
    /** What an option is set to when it goes back to its default. */
    private static final Map<String, String> DEFAULTS =
            Map.of("ENGINE", "InnoDB", "ROW_FORMAT", "DEFAULT", "KEY_BLOCK_SIZE", "0");
    /** A partition's engine, which MariaDB requires to be the table's: said once, by the table. */
    /** MariaDB starts the clause on a line of its own, MySQL in a versioned comment. */
    private static final Pattern PARTITION_START = Pattern.compile("\n\\s*(/\\*!\\d+\\s*)?PARTITION BY ");

    private static final Pattern PARTITION_ENGINE = Pattern.compile(" ENGINE = [A-Za-z]+");

    private MariaDbTableOptions() {}

    /**
     * @param createOptions information_schema.TABLES.CREATE_OPTIONS: {@code row_format=COMPRESSED key_block_size=8}
     * @param createTable the table's SHOW CREATE TABLE if it is partitioned, else null
     */
    static String read(
            String engine,
            String createOptions,
            String defaultEngine,
            String collation,
            String databaseCollation,
            String createTable) {
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
        if (collation != null && databaseCollation != null && !collation.equalsIgnoreCase(databaseCollation)) {
            out.add("COLLATE=" + collation);
            out.add(DATABASE_COLLATE + "=" + databaseCollation);
        }
        String partitioning = createTable == null ? null : partitioningOf(createTable);
        if (partitioning != null) {
            out.add(partitioning);
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** The PARTITION BY clause of SHOW CREATE TABLE, on one line, without the partitions' engine. */
    static String partitioningOf(String createTable) {
        Matcher m = PARTITION_START.matcher(createTable);
        if (!m.find()) {
            return null;
        }
        String clause = createTable.substring(m.end() - PARTITION_BY.length()).strip();
        if (m.group(1) != null && clause.endsWith("*/")) {
            clause = clause.substring(0, clause.length() - 2).strip();
        }
        clause = clause.replaceAll("\\s*\n\\s*", " ").replace("( ", "(");
        return PARTITION_ENGINE.matcher(clause).replaceAll("");
    }

    /** What CREATE TABLE takes after its closing parenthesis and before COMMENT. */
    static String tableOptions(String options) {
        if (options == null) {
            return "";
        }
        Map<String, String> parsed = parse(options);
        parsed.remove(DATABASE_COLLATE);
        List<String> out = new ArrayList<>();
        parsed.forEach((key, value) -> out.add(key + "=" + value));
        return String.join(" ", out);
    }

    /** The PARTITION BY clause, which CREATE TABLE takes last, or null. */
    static String partitioning(String options) {
        int at = options == null ? -1 : options.indexOf(PARTITION_BY);
        return at < 0 ? null : options.substring(at);
    }

    /** Whether the table's own collation changes from {@code before} to {@code after}. */
    static boolean collationChanges(String before, String after) {
        return !java.util.Objects.equals(
                parse(before).get("COLLATE"), parse(after).get("COLLATE"));
    }

    /** The ALTER TABLE clause that turns {@code before} options into {@code after}; null is the defaults. */
    static String change(String before, String after) {
        Map<String, String> from = parse(before);
        Map<String, String> to = parse(after);
        List<String> clauses = new ArrayList<>();
        for (String key : ORDER) {
            String fallback = key.equals("COLLATE") ? from.get(DATABASE_COLLATE) : DEFAULTS.get(key);
            String value = to.containsKey(key) ? to.get(key) : from.containsKey(key) ? fallback : null;
            if (value != null && !value.equals(from.get(key))) {
                clauses.add(key + "=" + value);
            }
        }
        return String.join(" ", clauses);
    }

    private static Map<String, String> parse(String options) {
        Map<String, String> out = new LinkedHashMap<>();
        if (options != null) {
            int at = options.indexOf(PARTITION_BY);
            String plain = (at < 0 ? options : options.substring(0, at)).strip();
            for (String option : plain.isEmpty() ? new String[0] : plain.split(" ")) {
                String[] pair = option.split("=", 2);
                out.put(pair[0], pair[1]);
            }
        }
        return out;
    }
}
