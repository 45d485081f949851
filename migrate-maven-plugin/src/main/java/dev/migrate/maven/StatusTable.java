package dev.migrate.maven;

import dev.migrate.runtime.HistoryRow;
import dev.migrate.runtime.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The revisions as flyway:info users expect them: one row each, in aligned columns (revision, state, when and by
 * whom it was applied, how long it took, message), current and heads marked after the message, which comes last
 * since its length varies.
 */
final class StatusTable {
    static final String[] HEADER = {"revision", "state", "applied at", "by", "took", "message"};

    /** A row, and whether it is a warning (an edited or interrupted revision). */
    record Row(String[] cells, boolean warning) {}

    private StatusTable() {}

    static Row row(Status.Entry e) {
        HistoryRow applied = e.applied().orElse(null);
        String marks = (e.current() ? " (current)" : "") + (e.head() ? " (head)" : "");
        String message = e.revision().message()
                + marks
                + (e.state() == Status.State.EDITED
                        ? " - " + e.revision().source() + " changed after it was applied"
                        : "");
        return new Row(
                new String[] {
                    e.revision().id(),
                    state(e.state()),
                    applied == null || applied.appliedAt() == null ? "" : at(applied.appliedAt()),
                    applied == null || applied.appliedBy() == null ? "" : applied.appliedBy(),
                    applied == null ? "" : took(applied.durationMs()),
                    message
                },
                e.state() == Status.State.EDITED || e.state() == Status.State.INTERRUPTED);
    }

    static String state(Status.State state) {
        return state == Status.State.EDITED ? "EDITED" : state.name().toLowerCase(Locale.ROOT);
    }

    /** The lines of the table: a header, then the rows, each column as wide as its widest cell. */
    static List<String> lines(List<Row> rows) {
        int[] widths = new int[HEADER.length];
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        rows.forEach(r -> all.add(r.cells()));
        for (String[] cells : all) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] cells : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < cells.length; i++) {
                line.append(cells[i]);
                if (i < cells.length - 1) {
                    line.append(" ".repeat(widths[i] - cells[i].length() + 2));
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** To the second: databases write fractions and zones differently. */
    private static String at(String appliedAt) {
        String s = appliedAt.replace('T', ' ');
        return s.length() > 19 ? s.substring(0, 19) : s;
    }

    static String took(Long durationMs) {
        return durationMs == null ? "" : dev.migrate.runtime.Durations.of(durationMs);
    }
}
