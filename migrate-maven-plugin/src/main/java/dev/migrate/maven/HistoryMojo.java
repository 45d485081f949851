package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.graph.Revision;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/** Lists the revisions, newest first. */
@Mojo(name = "history", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    /** Only revisions in this range, from:to inclusive (e.g. base:head, ae10:current, -3:). */
    @Parameter(property = MigrateProperties.RANGE)
    private String range;

    /** Show each revision's header in full: parents, branch labels, dependencies, date and file. */
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
            getLog().info("  " + r.message());
            getLog().info("");
        }
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.RANGE;
    }
}
