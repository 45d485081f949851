package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

/** Undoes migrations down to a target: -1 (the last one) by default, base for all, or a revision. */
@Mojo(name = "downgrade", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class DowngradeMojo extends AbstractStepMojo {

    /** Where to go: -1, -N, base, a revision id or prefix, <rev>-N. With sql, also from:to. */
    @Parameter(property = MigrateProperties.TARGET, defaultValue = "-1")
    private String target;

    /** "yes" confirms a downgrade to base without asking (needed in batch mode). */
    @Parameter(property = MigrateProperties.CONFIRM)
    private String confirm;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (offline()) {
            writeOffline(migrate.downgradeSql(target));
            return;
        }
        logDatabase();
        if ("base".equalsIgnoreCase(target.strip())) {
            new Questions(prompter, interactive()).confirm(confirm, MigrateProperties.CONFIRM,
                    "Downgrading to base undoes every migration of " + database().maskedUrl()
                            + ", dropping the tables they created and their data.");
        }
        report(migrate.downgrade(target), "Downgraded", "Nothing to downgrade");
    }
}
