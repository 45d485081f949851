package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.RunResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

import java.io.File;

/** Undoes migrations down to a target: -1 (the last one) by default, base for all, or a revision. */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractMigrateMojo {

    /** Where to go: -1, -N, base, a revision id or prefix, <rev>-N. With sql, also from:to. */
    @Parameter(property = MigrateProperties.TARGET, defaultValue = "-1")
    private String target;

    /** Print the SQL the downgrade would run, version-table statements included, without connecting. */
    @Parameter(property = MigrateProperties.SQL, defaultValue = "false")
    private boolean sql;

    /** With sql: write the SQL to this file instead of standard output. */
    @Parameter(property = MigrateProperties.SQL_OUTPUT)
    private File sqlOutput;

    /** "yes" confirms a downgrade to base without asking (needed in batch mode). */
    @Parameter(property = MigrateProperties.CONFIRM)
    private String confirm;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (sql || sqlOutput != null) {
            new OfflineOutput(getLog(), sqlOutput).write(migrate.downgradeSql(target));
            return;
        }
        logDatabase();
        if ("base".equalsIgnoreCase(target.strip())) {
            new Questions(prompter, interactive()).confirm(confirm, MigrateProperties.CONFIRM,
                    "Downgrading to base undoes every migration of " + database().maskedUrl()
                            + ", dropping the tables they created and their data.");
        }
        RunResult result = migrate.downgrade(target);
        if (result.steps().isEmpty()) {
            getLog().info("Nothing to downgrade: the database is at " + Formats.revisions(result.headsAfter()));
        } else {
            getLog().info("Downgraded " + result.steps().size() + " migration(s); the database is at "
                    + Formats.revisions(result.headsAfter()));
        }
    }
}
