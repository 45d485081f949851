package dev.migrate.lint;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A column's type as a migration wrote it, reduced to what the type rules compare: the base type under one name for
 * its spellings ({@code character varying} and {@code varchar}, {@code int4} and {@code integer}), its parameters
 * ({@code (200)}, {@code (10,2)}) and the words that modify it ({@code unsigned}). A type change is a widening, a
 * narrowing, or neither (a change of kind).
 */
public record ColumnType(String base, List<Integer> parameters, String modifiers) {
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("nvarchar", "varchar"),
            Map.entry("national varchar", "varchar"),
            Map.entry("character", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("int1", "tinyint"),
            Map.entry("int3", "mediumint"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("float8", "double"),
            Map.entry("double precision", "double"),
            Map.entry("float4", "real"),
            Map.entry("bool", "boolean"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"));

    /** Bytes of each integer type, in the order a value of one fits into the next. */
    private static final Map<String, Integer> INTEGER_BYTES =
            Map.of("tinyint", 1, "smallint", 2, "mediumint", 3, "integer", 4, "bigint", 8);

    /** Characters each MariaDB/MySQL text type holds; PostgreSQL's text has no limit. */
    private static final Map<String, Long> TEXT_LENGTHS =
            Map.of("tinytext", 255L, "text", Long.MAX_VALUE, "mediumtext", 16_777_215L, "longtext", Long.MAX_VALUE);

    /** The type from its words (lower case, joined by one space), its parameters and its modifiers. */
    public static ColumnType of(String words, List<Integer> parameters, String modifiers) {
        String base = SPELLINGS.getOrDefault(words, words);
        // an integer's (11) is MariaDB's display width, not its range
        List<Integer> kept = INTEGER_BYTES.containsKey(base) ? List.of() : List.copyOf(parameters);
        return new ColumnType(base, kept, modifiers);
    }

    /** Whether some values of this type do not fit in {@code to}: a shorter string, a smaller number. */
    public boolean narrowsTo(ColumnType to) {
        if (!modifiers.equals(to.modifiers)) {
            return false;
        }
        if (INTEGER_BYTES.containsKey(base) && INTEGER_BYTES.containsKey(to.base)) {
            return INTEGER_BYTES.get(to.base) < INTEGER_BYTES.get(base);
        }
        OptionalLong from = length();
        OptionalLong into = to.length();
        if (from.isPresent() && into.isPresent()) {
            return into.getAsLong() < from.getAsLong();
        }
        if (base.equals("numeric") && to.base.equals("numeric")) {
            if (to.parameters.isEmpty()) {
                return false;
            }
            if (parameters.isEmpty()) {
                return true;
            }
            int scale = scale();
            return to.scale() < scale || to.parameters.get(0) - to.scale() < parameters.get(0) - scale;
        }
        return base.equals("double") && to.base.equals("real");
    }

    /** Whether every value of this type is a value of {@code to} as it is: a longer or unlimited string. */
    public boolean widensTo(ColumnType to) {
        if (!modifiers.equals(to.modifiers) || equals(to)) {
            return false;
        }
        OptionalLong from = length();
        OptionalLong into = to.length();
        return from.isPresent()
                && into.isPresent()
                && isVarying()
                && to.isVarying()
                && into.getAsLong() >= from.getAsLong();
    }

    /** Whether it is a string type whose values are stored as written (not padded like char). */
    public boolean isVarying() {
        return base.equals("varchar") || TEXT_LENGTHS.containsKey(base);
    }

    /** The most characters a string type holds; unlimited for text and an unbounded varchar; empty for others. */
    public OptionalLong length() {
        if (TEXT_LENGTHS.containsKey(base)) {
            return OptionalLong.of(TEXT_LENGTHS.get(base));
        }
        if (base.equals("varchar") || base.equals("char")) {
            return parameters.isEmpty()
                    ? OptionalLong.of(base.equals("char") ? 1 : Long.MAX_VALUE)
                    : OptionalLong.of(parameters.get(0));
        }
        return OptionalLong.empty();
    }

    private int scale() {
        return parameters.size() > 1 ? parameters.get(1) : 0;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(base);
        if (!parameters.isEmpty()) {
            s.append('(');
            for (int i = 0; i < parameters.size(); i++) {
                s.append(i == 0 ? "" : ",").append(parameters.get(i));
            }
            s.append(')');
        }
        return modifiers.isEmpty() ? s.toString() : s + " " + modifiers;
    }
}
