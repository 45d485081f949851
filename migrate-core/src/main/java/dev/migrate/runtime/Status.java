package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
public record Status(
        Set<String> current,
        Set<String> unknown,
        List<String> heads,
        List<Entry> revisions,
        Optional<InterruptedStep> interrupted) {

    public enum State {
        APPLIED,
        PENDING,
        EDITED,
        /** A step on it stopped part-way: see {@link Status#interrupted()}. */
        INTERRUPTED
    }

    /**
     * A revision and its state; {@code applied} is the history row that applied it (its time, who, how long), when it
     * is applied and the history has one.
     */
    public record Entry(Revision revision, State state, boolean current, boolean head, Optional<HistoryRow> applied) {}

    /** The scripts against what the database's version tables say. */
    public static Status of(ScriptDirectory scripts, DatabaseState db, Dialect dialect) {
        RevisionGraph graph = scripts.graph();
        Set<String> known = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> current = AppliedState.squashed(graph, db.heads());
        for (String head : current) {
            (graph.contains(head) ? known : unknown).add(head);
        }
        AppliedState state = AppliedState.of(graph, known);
        Set<String> edited = new LinkedHashSet<>();
        Runner.edited(scripts, state, db.checksums()).forEach(e -> edited.add(e.id()));
        Set<String> heads = new LinkedHashSet<>(graph.heads());
        Optional<InterruptedStep> interrupted =
                InterruptedStep.find(db.history()).map(step -> Runner.located(step, scripts, dialect, state));
        Map<String, HistoryRow> appliedBy = lastApplied(db.history());
        List<Entry> entries = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            State st = interrupted.map(i -> i.revision().equals(r.id())).orElse(false)
                    ? State.INTERRUPTED
                    : edited.contains(r.id())
                            ? State.EDITED
                            : state.applied().contains(r.id()) ? State.APPLIED : State.PENDING;
            Optional<HistoryRow> row = st == State.APPLIED || st == State.EDITED
                    ? Optional.ofNullable(appliedBy.get(r.id()))
                    : Optional.empty();
            entries.add(0, new Entry(r, st, known.contains(r.id()), heads.contains(r.id()), row)); // newest first
        }
        return new Status(current, unknown, graph.heads(), entries, interrupted);
    }

    /** Each revision's last upgrade or stamp in the history: when, by whom and how long it took to apply. */
    private static Map<String, HistoryRow> lastApplied(List<HistoryRow> history) {
        Map<String, HistoryRow> out = new HashMap<>();
        for (HistoryRow row : history) {
            if (row.action().equals(Direction.UPGRADE.word()) || row.action().equals(VersionTable.STAMP)) {
                out.put(row.revision(), row);
            }
        }
        return out;
    }

    public long count(State state) {
        return revisions.stream().filter(e -> e.state() == state).count();
    }
}
