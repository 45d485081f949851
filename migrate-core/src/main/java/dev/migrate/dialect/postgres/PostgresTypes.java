package dev.migrate.dialect.postgres;

import dev.migrate.schema.Sql;

import java.util.Locale;
import java.util.Map;

/** PostgreSQL's serial types: an integer column, a default and a sequence the column owns, in one word. */
final class PostgresTypes {
    private static final Map<String, String> SERIALS =
            Map.of("INTEGER", "SERIAL", "BIGINT", "BIGSERIAL", "SMALLINT", "SMALLSERIAL");
    private static final Map<String, String> INTEGERS =
            Map.of("SERIAL", "INTEGER", "BIGSERIAL", "BIGINT", "SMALLSERIAL", "SMALLINT");

    private PostgresTypes() {}

    /** The serial type over an integer type as format_type names it. */
    static String serial(String integerType) {
        return SERIALS.getOrDefault(Sql.normalizeType(integerType), integerType);
    }

    static boolean isSerial(String type) {
        return INTEGERS.containsKey(type.toUpperCase(Locale.ROOT));
    }

    /** The integer type a serial type stands on. */
    static String integer(String serialType) {
        return INTEGERS.get(serialType.toUpperCase(Locale.ROOT));
    }
}
