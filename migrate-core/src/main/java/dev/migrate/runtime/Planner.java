package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.Remedy;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.TargetException;
import dev.migrate.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a target into the steps that reach it from what is applied. */
public final class Planner {
    private Planner() {}

    /** Applies every revision the targets need that is not applied yet, parents first. */
    public static List<Step> upgrade(ScriptDirectory scripts, AppliedState state, Set<String> targets) {
        RevisionGraph graph = scripts.graph();
        Set<String> needed = new HashSet<>(graph.ancestorsOrSelf(targets));
        needed.removeAll(state.applied());
        List<Step> steps = new ArrayList<>();
        for (String id : graph.sorted(needed)) {
            steps.add(new Step(scripts.script(id), Direction.UPGRADE));
        }
        return steps;
    }

    /**
     * Undoes every applied revision that descends from the targets (all of them for base), children first; revisions
     * on other branches stay.
     */
    public static List<Step> downgrade(ScriptDirectory scripts, AppliedState state, Set<String> targets) {
        RevisionGraph graph = scripts.graph();
        for (String t : targets) {
            if (!state.applied().contains(t)) {
                throw new TargetException(
                        "Cannot downgrade to " + graph.get(t).describe() + ": it is not applied "
                                + "(the database is at " + (state.isBase() ? "base" : String.join(", ", state.heads()))
                                + ")",
                        Remedy.of("Use ", Remedy.run(Command.UPGRADE), " to move forward."));
            }
        }
        Set<String> undo = new HashSet<>(targets.isEmpty() ? state.applied() : graph.descendantsOrSelf(targets));
        undo.retainAll(state.applied());
        undo.removeAll(graph.ancestorsOrSelf(targets));
        List<String> order = graph.sorted(undo);
        Collections.reverse(order);
        List<Step> steps = new ArrayList<>();
        for (String id : order) {
            steps.add(new Step(scripts.script(id), Direction.DOWNGRADE));
        }
        return steps;
    }
}
