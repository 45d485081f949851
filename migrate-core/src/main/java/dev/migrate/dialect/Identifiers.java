package dev.migrate.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A database's identifiers: a name is quoted only where it would not read back as itself unquoted (it is not a
 * plain word of the database's, or it is a reserved word), so that rendered SQL reads like hand-written DDL.
 */
public final class Identifiers {
    private final Pattern plain;
    private final Set<String> reserved;
    private final String quote;

    /**
     * @param plain    the names that stand for themselves unquoted (their case included: PostgreSQL folds to lower)
     * @param reserved the words that cannot name a table or column unquoted, in any case
     * @param quote    the database's identifier quote: {@code "} or {@code `}
     */
    public Identifiers(String plain, Set<String> reserved, char quote) {
        this.plain = Pattern.compile(plain);
        this.reserved = reserved.stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.quote = String.valueOf(quote);
    }

    public String quote(String name) {
        if (plain.matcher(name).matches() && !reserved.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** Each name quoted, joined with ", ". */
    public String list(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** A name {@code schema.table} quoted part by part, split at the dot at {@code dot}; a name without one whole. */
    public String qualified(String name, int dot) {
        return dot <= 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }

    /** A string literal in standard SQL: quotes doubled. */
    public static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
