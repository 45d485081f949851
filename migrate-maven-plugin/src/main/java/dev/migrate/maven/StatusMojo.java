package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.Status;
import org.apache.maven.plugins.annotations.Mojo;

/** Shows the database's revision(s), the heads, and every revision marked applied, pending or edited. */
@Mojo(name = "status", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class StatusMojo extends AbstractMigrateMojo {
    /** Applied revisions listed before the rest are summed up in one line; pending and edited ones are all listed. */
    static final int APPLIED_SHOWN = 20;

    @Override
    protected void run(Migrate migrate) {
        logDatabase();
        Status status = migrate.status();
        getLog().info("Current revision(s): " + Formats.revisions(status.current()));
        getLog().info("Head(s): "
                + (status.heads().isEmpty() ? "none (no scripts yet)" : String.join(", ", status.heads())));
        for (String unknown : status.unknown()) {
            getLog().warn("The database is at revision " + unknown + ", which no script declares: it is ahead of the "
                    + "scripts, or a script was deleted");
        }
        getLog().info("");
        getLog().info("Revisions (newest first):");
        int shownApplied = 0;
        int olderApplied = 0;
        for (Status.Entry e : status.revisions()) {
            if (e.state() == Status.State.APPLIED && !e.current() && !e.head() && shownApplied++ >= APPLIED_SHOWN) {
                olderApplied++; // with thousands of migrations, the old applied ones are noise: history lists them
                continue;
            }
            String line = "  [" + label(e.state()) + "] " + e.revision().id() + " "
                    + e.revision().message() + (e.current() ? " (current)" : "") + (e.head() ? " (head)" : "");
            if (e.state() == Status.State.EDITED) {
                getLog().warn(line + " - " + e.revision().source() + " changed after it was applied");
            } else {
                getLog().info(line);
            }
        }
        if (olderApplied > 0) {
            getLog().info("  ... and " + olderApplied
                    + " older applied revision(s); mvn migrate:history lists them all");
        }
        getLog().info(status.count(Status.State.APPLIED) + status.count(Status.State.EDITED) + " applied, "
                + status.count(Status.State.PENDING) + " pending, " + status.count(Status.State.EDITED) + " edited");
        status.interrupted().ifPresent(step -> {
            getLog().warn(step.describe() + ". Upgrade and downgrade refuse to run until this is resolved.");
            getLog().warn(step.remedy(status.current().isEmpty() ? "base" : String.join(",", status.current()))
                    .render(MavenWords.INSTANCE));
        });
        if (status.count(Status.State.EDITED) > 0) {
            getLog().warn("Edited scripts are refused by upgrade: restore them, or accept the edit with "
                    + "mvn migrate:stamp -D" + MigrateProperties.ACCEPT + "=<revision>");
        }
    }

    private static String label(Status.State state) {
        return switch (state) {
            case APPLIED -> "applied";
            case PENDING -> "pending";
            case EDITED -> "EDITED ";
        };
    }
}
