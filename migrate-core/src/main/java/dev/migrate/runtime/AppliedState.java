package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.graph.RevisionGraph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the database has applied: the heads stored in its version table and every revision they imply.
 *
 * @param heads   the version table's rows
 * @param applied the heads and all their ancestors
 */
public record AppliedState(Set<String> heads, Set<String> applied) {

    public static AppliedState of(RevisionGraph graph, Set<String> heads) {
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

    public boolean isBase() {
        return heads.isEmpty();
    }
}
