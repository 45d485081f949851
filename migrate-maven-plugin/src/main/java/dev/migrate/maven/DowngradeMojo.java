package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.Confirmation;
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

    /**
     * "yes" confirms, without asking, a downgrade that ends at base (whatever the target says: base, -N with N
     * applied, <first>-1) or that undoes more than maxUnconfirmedSteps migrations; needed for those in batch mode.
     */
    @Parameter(property = MigrateProperties.CONFIRM)
    private String confirm;

    /** How many migrations a downgrade may undo without confirmation (one that ends at base always needs it). */
    @Parameter(property = MigrateProperties.MAX_UNCONFIRMED_STEPS, defaultValue = "" + Confirmation.DEFAULT_MAX_STEPS)
    private int maxUnconfirmedSteps;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (offline()) {
            writeOffline(migrate.downgradeSql(target));
            return;
        }
        if (maxUnconfirmedSteps < 0) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.MAX_UNCONFIRMED_STEPS,
                    "'" + maxUnconfirmedSteps + "' is negative",
                    "Give the number of migrations a downgrade may undo without asking, e.g. 5.");
        }
        if (onTenants()) {
            // one question cannot weigh many tenants' histories: each tenant refuses what needs a yes without one
            boolean given = Questions.yes(confirm);
            reportTenants(
                    migrate.downgradeTenants(
                            tenantSource(), parallel(), target, new Confirmation(given, maxUnconfirmedSteps)),
                    "undid",
                    "downgraded");
            return;
        }
        logDatabase();
        Confirmation asked = Confirmation.required(maxUnconfirmedSteps);
        boolean given = new Questions(prompter, interactive())
                .confirmIfWarned(confirm, MigrateProperties.CONFIRM, () -> migrate.downgradeWarning(target, asked));
        report(
                migrate.downgrade(target, new Confirmation(given, maxUnconfirmedSteps)),
                "Downgraded",
                "Nothing to downgrade");
    }
}
