package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.Confirmation;
import dev.migrate.runtime.RunResult;
import dev.migrate.script.Script;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

/**
 * Sets the database's revision without running any script, e.g. for a database created by other means. With
 * accept, records the current checksum of edited scripts instead.
 */
@Mojo(name = "stamp", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

    /** The revision(s) to record: head, heads, base, a revision id or prefix. */
    @Parameter(property = MigrateProperties.TARGET)
    private String target;

    /** Empty the version table first: needed when it names revisions no script declares. */
    @Parameter(property = MigrateProperties.PURGE, defaultValue = "false")
    private boolean purge;

    /** Accept the edits of these applied scripts (revision ids separated by commas, or "all"). */
    @Parameter(property = MigrateProperties.ACCEPT)
    private String accept;

    /** "yes" confirms, without asking, a stamp that forgets applied revisions (at base, or with purge). */
    @Parameter(property = MigrateProperties.CONFIRM)
    private String confirm;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        logDatabase();
        if (accept != null && !accept.isBlank()) {
            for (Script s : migrate.accept(accept)) {
                getLog().info("Accepted the edit of " + s.location() + " (revision " + s.id() + ")");
            }
            return;
        }
        if (target == null || target.isBlank()) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.TARGET,
                    "stamp needs a target",
                    "Say which revision the database is at, e.g. -D" + MigrateProperties.TARGET + "=head");
        }
        boolean given = new Questions(prompter, interactive())
                .confirmIfWarned(confirm, MigrateProperties.CONFIRM, () -> migrate.stampWarning(target, purge));
        RunResult result = migrate.stamp(target, purge, new Confirmation(given, Confirmation.DEFAULT_MAX_STEPS));
        getLog().info("Stamped the database at " + Formats.revisions(result.headsAfter()) + " (was "
                + Formats.revisions(result.headsBefore()) + "); no script was run");
    }
}
