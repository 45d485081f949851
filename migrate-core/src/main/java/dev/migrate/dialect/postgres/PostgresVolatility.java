package dev.migrate.dialect.postgres;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The functions whose value differs row by row: as a column's default, PostgreSQL must write it into every row. */
final class PostgresVolatility {
    static final Set<String> FUNCTIONS = Set.of(
            "random",
            "gen_random_uuid",
            "uuid_generate_v1",
            "uuid_generate_v1mc",
            "uuid_generate_v4",
            "uuidv4",
            "uuidv7",
            "clock_timestamp",
            "timeofday",
            "nextval",
            "txid_current",
            "statement_timestamp");

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(");

    private PostgresVolatility() {}

    /** Whether {@code expression} calls one of them. */
    static boolean isVolatile(String expression) {
        Matcher m = CALL.matcher(expression);
        while (m.find()) {
            if (FUNCTIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
