package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A schema written as canonical text lines (one per table, column, index, key, view, trigger), so that two schemas
 * are equal exactly when their lines are, and their differences read as a diff.
 */
public record SchemaSnapshot(List<String> lines) {
    public SchemaSnapshot {
        lines = List.copyOf(lines);
    }

    /** Lines only in this snapshot as "- line", then lines only in {@code other} as "+ line". */
    public List<String> differences(SchemaSnapshot other) {
        Set<String> mine = new HashSet<>(lines);
        Set<String> theirs = new HashSet<>(other.lines);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!theirs.contains(l)) {
                out.add("- " + l.strip());
            }
        }
        for (String l : other.lines) {
            if (!mine.contains(l)) {
                out.add("+ " + l.strip());
            }
        }
        return out;
    }
}
