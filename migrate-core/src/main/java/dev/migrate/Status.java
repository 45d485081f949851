package dev.migrate;

import dev.migrate.graph.Revision;

import dev.migrate.runtime.InterruptedStep;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The database against the scripts.
 *
 * @param current      the version table's rows
 * @param unknown      rows of the version table that no script declares (the database is ahead of the scripts)
 * @param heads        the scripts' heads
 * @param revisions    every revision, newest first, with its state
 * @param interrupted  a step that stopped part-way, leaving the database between two revisions
 */
public record Status(Set<String> current, Set<String> unknown, List<String> heads, List<Entry> revisions,
                     Optional<InterruptedStep> interrupted) {

    public enum State { APPLIED, PENDING, EDITED }

    public record Entry(Revision revision, State state, boolean current, boolean head) {
    }

    public long count(State state) {
        return revisions.stream().filter(e -> e.state() == state).count();
    }
}
