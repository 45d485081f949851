package dev.migrate.lint;

/**
 * One dangerous statement: where it is ({@code location}, {@code line}), which rule found it, why that is dangerous
 * and what to write instead.
 */
public record Finding(
        String location, int line, String rule, String name, Severity severity, String why, String instead) {
    /** {@code location:line: error drop-column (Drop a column): why. Instead: ...} */
    public String describe() {
        return location + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule + " ("
                + name + "): " + why + " Instead: " + instead;
    }
}
