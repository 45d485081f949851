package dev.migrate.schema;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tables, views, sequences and schema objects (types, domains, functions, extensions) left out of every comparison, by
 * name or by a pattern with {@code *} and {@code ?}, in any case: another tool's tables ({@code flyway_schema_history},
 * {@code databasechangelog*}) or ones the application makes itself. A trigger or policy goes with its table.
 */
public final class IgnoredObjects {
    private static final IgnoredObjects NONE = new IgnoredObjects(List.of());

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private IgnoredObjects(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.compiled = patterns.stream().map(IgnoredObjects::glob).toList();
    }

    public static IgnoredObjects none() {
        return NONE;
    }

    /** @param patterns names or patterns; blank ones are skipped */
    public static IgnoredObjects of(List<String> patterns) {
        return new IgnoredObjects(
                patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    public List<String> patterns() {
        return patterns;
    }

    /** Whether the table or view {@code name} (perhaps schema-qualified: the last part counts) is left out. */
    public boolean ignores(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return compiled.stream().anyMatch(p -> p.matcher(last).matches());
    }

    /**
     * {@code schema} without the ignored tables, views, sequences and schema objects, and without what hangs on
     * ignored tables.
     */
    public Schema apply(Schema schema) {
        if (compiled.isEmpty()) {
            return schema;
        }
        return schema.without(this::ignores);
    }

    private static Pattern glob(String pattern) {
        String regex = pattern.chars()
                .mapToObj(c -> c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf((char) c)))
                .collect(Collectors.joining());
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String toString() {
        return String.join(", ", patterns);
    }
}
