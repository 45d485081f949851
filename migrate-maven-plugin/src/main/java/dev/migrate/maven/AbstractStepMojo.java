package dev.migrate.maven;

import dev.migrate.runtime.RunResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** What upgrade and downgrade share: offline SQL instead of a run, and the report of a run. */
abstract class AbstractStepMojo extends AbstractMigrateMojo {

    /** Print the SQL the run would execute, version-table statements included, without connecting. */
    @Parameter(property = MigrateProperties.SQL, defaultValue = "false")
    private boolean sql;

    /** With sql: write the SQL to this file instead of standard output. */
    @Parameter(property = MigrateProperties.SQL_OUTPUT)
    private File sqlOutput;

    protected boolean offline() {
        return sql || sqlOutput != null;
    }

    protected void writeOffline(String text) throws MojoFailureException {
        new OfflineOutput(getLog(), sqlOutput).write(text);
    }

    /** "Upgraded 2 migration(s) in 1.2 s; the database is at 3f2a9c1e7b10", or that there was nothing to do. */
    protected void report(RunResult result, String verb, String nothing) {
        if (result.steps().isEmpty()) {
            getLog().info(nothing + ": the database is at " + Formats.revisions(result.headsAfter()));
        } else {
            getLog().info(verb + " " + result.steps().size() + " migration(s) in "
                    + dev.migrate.runtime.Durations.of(result.millis()) + "; the database is at "
                    + Formats.revisions(result.headsAfter()));
        }
    }
}
