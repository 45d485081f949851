package dev.migrate.schema;

import java.util.List;
import java.util.Locale;

/** Canonical forms of SQL fragments, so that the same schema written two ways compares equal. */
public final class Sql {
    private Sql() {}

    /**
     * Whether {@code sql} names {@code name} as a whole identifier, quoted or not (in any database's quotes), in
     * any case: what decides whether a view, trigger, check or expression depends on a table or column.
     */
    public static boolean mentions(String sql, String name) {
        return java.util.regex.Pattern.compile(
                        "(?i)(?<![A-Za-z0-9_$])" + java.util.regex.Pattern.quote(name) + "(?![A-Za-z0-9_$])")
                .matcher(sql)
                .find();
    }

    public static boolean sameName(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    public static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameName(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Upper case, single spaces, none inside parentheses: {@code varchar ( 20 )} is {@code VARCHAR(20)}. No type (a
     * SQLite column may have none) is the empty string.
     */
    public static String normalizeType(String type) {
        String normal = normalizeExpression(type);
        if (normal == null) {
            return "";
        }
        return upperOutsideQuotes(normal).replace(" (", "(").replace(", ", ",");
    }

    /** Upper case except inside quotes: ENUM('draft') keeps its values, "MoodType" its name. */
    private static String upperOutsideQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** Whitespace outside literals collapsed, none just inside parentheses or before commas; null if blank. */
    public static String normalizeExpression(String sql) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String s = sql.strip();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ')';
                char last = out.length() == 0 ? '(' : out.charAt(out.length() - 1);
                if (!Character.isWhitespace(next) && next != ')' && next != ',' && last != '(' && last != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern CAST =
            java.util.regex.Pattern.compile("(?i)::\\s*(character varying|double precision|bit varying"
                    + "|(timestamp|time)(\\(\\d+\\))? with(out)? time zone|\"[^\"]+\"|[a-z_][a-z0-9_.]*)"
                    + "(\\(\\d+(,\\s*\\d+)?\\))?(\\[\\])*");

    /**
     * An expression for comparison only, without PostgreSQL's {@code ::type} casts and without spaces: PostgreSQL
     * deparses a CHECK or WHERE it stored with casts it adds, differently after each round trip
     * ({@code IN ('a')} becomes {@code = ANY (ARRAY['a'::character varying]::text[])}, then
     * {@code = ANY (ARRAY['a'::character varying::text])}), which must not read as a change.
     */
    public static String comparable(String expression) {
        if (expression == null) {
            return null;
        }
        return CAST.matcher(expression).replaceAll("").replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code (expr)} as {@code expr} when the parentheses enclose all of it. */
    public static String unwrap(String expression) {
        String e = expression;
        while (e != null && e.length() > 1 && e.charAt(0) == '(' && closingParen(e, 0) == e.length() - 1) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping literals; -1 if unbalanced. */
    public static int closingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
