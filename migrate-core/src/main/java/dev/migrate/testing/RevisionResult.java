package dev.migrate.testing;

import dev.migrate.graph.Revision;

import java.util.List;

/** How one revision fared in migrate:test: no problems means upgrade, downgrade and upgrade again all held. */
public record RevisionResult(Revision revision, List<String> problems, long millis) {
    public boolean passed() {
        return problems.isEmpty();
    }
}
