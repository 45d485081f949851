package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.RunResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

/** Downgrades the database to base, then upgrades it to head. Asks first; in batch mode needs -Dmigrate.confirm=yes. */
@Mojo(name = "reset", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class ResetMojo extends AbstractMigrateMojo {

    /** "yes" confirms the reset without asking (needed in batch mode). */
    @Parameter(property = MigrateProperties.CONFIRM)
    private String confirm;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        logDatabase();
        new Questions(prompter, interactive()).confirm(confirm, MigrateProperties.CONFIRM,
                "Reset undoes every migration of " + database().maskedUrl()
                        + ", dropping its tables and their data, then applies them all again.");
        RunResult result = migrate.reset();
        getLog().info("Reset done: " + result.steps().size() + " step(s); the database is at "
                + Formats.revisions(result.headsAfter()));
    }
}
