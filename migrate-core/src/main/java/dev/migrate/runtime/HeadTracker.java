package dev.migrate.runtime;

import dev.migrate.graph.RevisionGraph;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Follows the version table's heads through a plan, step by step. */
final class HeadTracker {
    private final RevisionGraph graph;
    private final Set<String> applied;
    private Set<String> heads;

    HeadTracker(RevisionGraph graph, AppliedState start) {
        this.graph = graph;
        this.heads = new LinkedHashSet<>(start.heads());
        this.applied = new HashSet<>(start.applied());
    }

    Set<String> heads() {
        return Collections.unmodifiableSet(heads);
    }

    /** The heads after {@code step}, without moving there yet. */
    Set<String> after(Step step) {
        return after(step.id(), step.direction());
    }

    /** The heads after a step of {@code revision} in {@code direction}, without moving there yet. */
    Set<String> after(String revision, Direction direction) {
        if (direction == Direction.UPGRADE) {
            return graph.headsAfterUpgrade(heads, revision);
        }
        Set<String> remaining = new HashSet<>(applied);
        remaining.remove(revision);
        return graph.headsAfterDowngrade(heads, remaining, revision);
    }

    void move(Step step, Set<String> after) {
        if (step.direction() == Direction.UPGRADE) {
            applied.add(step.id());
        } else {
            applied.remove(step.id());
        }
        heads = new LinkedHashSet<>(after);
    }
}
