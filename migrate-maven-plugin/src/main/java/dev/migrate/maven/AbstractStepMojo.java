package dev.migrate.maven;

import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.TenantReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** What upgrade and downgrade share: offline SQL instead of a run, and the report of a run. */
abstract class AbstractStepMojo extends AbstractTenantMojo {

    /** Print the SQL the run would execute, version-table statements included, without connecting. */
    @Parameter(property = MigrateProperties.SQL, defaultValue = "false")
    private boolean sql;

    /** With sql: write the SQL to this file instead of standard output. */
    @Parameter(property = MigrateProperties.SQL_OUTPUT)
    private File sqlOutput;

    protected boolean offline() throws MojoFailureException {
        boolean offline = sql || sqlOutput != null;
        if (offline && onTenants()) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.SQL,
                    "prints one database's SQL, not many tenants'",
                    "Leave out -D" + MigrateProperties.TENANTS + " and -D" + MigrateProperties.TENANTS_QUERY
                            + " to print the SQL, which is the same for every tenant.");
        }
        return offline;
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

    /**
     * One line per tenant, "t1: applied 2, at 3f2a9c1e7b10" or "t2: skipped, at ...", and the summary, "1 upgraded,
     * 1 skipped".
     */
    protected void reportTenants(TenantReport<RunResult> report, String verb, String done) throws MojoFailureException {
        reportTenants(
                report,
                r -> (r.steps().isEmpty() ? "skipped" : verb + " " + r.steps().size()) + ", at "
                        + Formats.revisions(r.headsAfter()),
                report.count(r -> !r.steps().isEmpty()) + " " + done + ", "
                        + report.count(r -> r.steps().isEmpty()) + " skipped");
    }
}
