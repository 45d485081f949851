package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.graph.Revision;
import dev.migrate.runtime.HistoryRow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/** Lists the revisions, newest first. */
@Mojo(name = "history", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    /** Only revisions in this range, from:to inclusive (e.g. base:head, ae10:current, -3:). */
    @Parameter(property = MigrateProperties.RANGE)
    private String range;

    /**
     * Show each revision's header in full (parents, branch labels, dependencies, date and file) and, from the
     * database's history table, every step applied to it: when, which, by whom and how long it took.
     */
    @Parameter(property = MigrateProperties.VERBOSE, defaultValue = "false")
    private boolean verbose;

    @Override
    protected void run(Migrate migrate) {
        List<String> heads = migrate.heads();
        List<Revision> revisions = migrate.history(range);
        if (revisions.isEmpty()) {
            getLog().info("No revisions"
                    + (range == null ? " yet: create one with mvn migrate:revision" : " in " + range));
        }
        List<HistoryRow> applied = verbose ? appliedSteps(migrate) : List.of();
        for (Revision r : revisions) {
            if (!verbose) {
                getLog().info(Formats.edge(r, heads.contains(r.id())));
                continue;
            }
            getLog().info("Revision: " + r.id() + (heads.contains(r.id()) ? " (head)" : ""));
            getLog().info("  Revises: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())));
            if (!r.branchLabels().isEmpty()) {
                getLog().info("  Branch labels: " + String.join(", ", r.branchLabels()));
            }
            if (!r.dependsOn().isEmpty()) {
                getLog().info("  Depends on: " + String.join(", ", r.dependsOn()));
            }
            getLog().info("  Created: " + r.created());
            getLog().info("  File: " + r.source());
            applied.stream()
                    .filter(h -> h.revision().equals(r.id()) && h.action().equals("upgrade"))
                    .reduce((first, last) -> last)
                    .ifPresent(h -> getLog().info("  Applied: " + h.appliedAt() + " by " + h.appliedBy()
                            + (h.durationMs() == null ? "" : " in " + StatusTable.took(h.durationMs()))));
            getLog().info("  " + r.message());
            getLog().info("");
        }
        if (verbose && !applied.isEmpty()) {
            getLog().info("Applied to the database (its history table, oldest first):");
            for (HistoryRow h : applied) {
                getLog().info("  " + h.appliedAt() + "  " + h.action() + " " + h.revision() + " by " + h.appliedBy()
                        + (h.durationMs() == null ? "" : " (" + StatusTable.took(h.durationMs()) + ")"));
            }
        }
    }

    /** The history table's rows; the graph is still listed when the database cannot be read. */
    private List<HistoryRow> appliedSteps(Migrate migrate) {
        try {
            return migrate.inspect().history();
        } catch (MigrateException e) {
            getLog().warn("What was applied is not shown: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.RANGE;
    }
}
