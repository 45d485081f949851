package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the database has applied: the heads stored in its version table and every revision they imply.
 *
 * @param heads   the version table's rows
 * @param applied the heads and all their ancestors
 */
public record AppliedState(Set<String> heads, Set<String> applied) {

    public static AppliedState of(RevisionGraph graph, Set<String> stored) {
        Set<String> heads = squashed(graph, stored);
        for (String head : heads) {
            if (!graph.contains(head)) {
                throw new MigrateException(
                        "The database is at revision " + head + ", which no script declares",
                        Remedy.of(
                                "The database is ahead of the scripts: restore the missing script (e.g. from "
                                        + "version control), or, if it is gone for good, set the database's revision without "
                                        + "running anything: ",
                                Remedy.run(
                                        Command.STAMP,
                                        Remedy.assign(Setting.TARGET, "<revision>"),
                                        Remedy.assign(Setting.PURGE, "true"))));
            }
        }
        return new AppliedState(
                Collections.unmodifiableSet(new LinkedHashSet<>(heads)),
                Collections.unmodifiableSet(graph.ancestorsOrSelf(heads)));
    }

    /**
     * The version table's rows with each revision a squash replaced read as its baseline: a database at the last
     * revision the baseline replaces has its schema. One at an earlier replaced revision is refused, since the
     * baseline builds everything from nothing and the scripts between are gone.
     */
    public static Set<String> squashed(RevisionGraph graph, Set<String> stored) {
        Set<String> heads = new LinkedHashSet<>();
        for (String head : stored) {
            Optional<Revision> baseline = graph.contains(head) ? Optional.empty() : graph.replacedBy(head);
            if (baseline.isEmpty()) {
                heads.add(head);
                continue;
            }
            String tip = baseline.get().squashedTo().orElseThrow();
            if (!tip.equals(head)) {
                throw new MigrateException(
                        "The database is at revision " + head + ", which the squash baseline "
                                + baseline.get().id() + " ("
                                + baseline.get().source() + ") replaced along with "
                                + "the revisions up to " + tip + ". The baseline stands for all of them at once"
                                + ", "
                                + "so it cannot run on this database, and the scripts between are gone",
                        Remedy.of(
                                "Bring the database to " + tip
                                        + " with the scripts as they were before the squash (check "
                                        + "them out from version control): ",
                                Remedy.run(Command.UPGRADE, Remedy.assign(Setting.TARGET, tip)),
                                "; then upgrade with these scripts as usual."));
            }
            heads.add(baseline.get().id());
        }
        return heads;
    }

    public boolean isBase() {
        return heads.isEmpty();
    }
}
