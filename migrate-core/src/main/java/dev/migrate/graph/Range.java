package dev.migrate.graph;

/**
 * A range of revisions, {@code from:to}, as history and offline SQL take one; an empty end is the default of the
 * command (base, or the heads).
 */
public record Range(String from, String to) {
    /** {@code from:to}, either end possibly empty. */
    public static Range parse(String range) {
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new TargetException("'" + range + "' is not a range", "A range is <from>:<to>, e.g. base:head.");
        }
        return new Range(
                range.substring(0, colon).strip(), range.substring(colon + 1).strip());
    }

    /** A range, or a single target {@code to} that starts at {@code from}. */
    public static Range parse(String spec, String from) {
        return spec.contains(":") ? parse(spec) : new Range(from, spec);
    }

    public String fromOr(String fallback) {
        return from.isEmpty() ? fallback : from;
    }

    public String toOr(String fallback) {
        return to.isEmpty() ? fallback : to;
    }

    @Override
    public String toString() {
        return (from.isEmpty() ? "" : from + ":") + to;
    }
}
