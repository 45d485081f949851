package dev.migrate.maven;

import dev.migrate.diff.SchemaComparison;

import java.util.ArrayList;
import java.util.List;

/** Drift as the log says it: what the database holds that its applied migrations do not build, and what to do. */
final class DriftReport {
    private DriftReport() {}

    static String none(SchemaComparison drift) {
        return "No drift: " + drift.desired() + " matches " + drift.current() + ".";
    }

    /** The drift's operations, one line each, after a line saying what differs, then how to capture it. */
    static List<String> lines(SchemaComparison drift) {
        List<String> lines = new ArrayList<>();
        lines.add("Drift: " + drift.desired() + " differs from " + drift.current()
                + ". Changes made outside the migrations:");
        drift.describe().forEach(d -> lines.add("  " + d));
        lines.add("Capture them as a revision: mvn migrate:revision -D" + MigrateProperties.FROM_DRIFT + " -D"
                + MigrateProperties.MESSAGE + "=\"...\" (or undo them by hand)");
        return lines;
    }
}
