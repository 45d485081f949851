package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.Confirmation;
import dev.migrate.runtime.RunResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

/**
 * Downgrades the database to base, then upgrades it to head. With anything applied it asks first; in batch mode it
 * needs -Dmigrate.confirm=yes.
 */
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
        boolean given = new Questions(prompter, interactive())
                .confirmIfWarned(confirm, MigrateProperties.CONFIRM, migrate::resetWarning);
        RunResult result = migrate.reset(new Confirmation(given, Confirmation.DEFAULT_MAX_STEPS));
        getLog().info("Reset done: " + result.steps().size() + " step(s); the database is at "
                + Formats.revisions(result.headsAfter()));
    }
}
