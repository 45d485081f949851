package dev.migrate.maven;

import dev.migrate.graph.Revision;

import java.util.Collection;

/** Small text formats shared by the goals' reports. */
final class Formats {
    private Formats() {}

    static String revisions(Collection<String> ids) {
        return ids.isEmpty() ? "base (no revision applied)" : String.join(", ", ids);
    }

    /** "3f2a9c1e7b10 -> 9c1e7b103f2a (head), add soft delete" in Alembic's history style. */
    static String edge(Revision r, boolean head) {
        String from = r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents());
        return from + " -> " + r.id() + (head ? " (head)" : "") + ", " + r.message();
    }
}
