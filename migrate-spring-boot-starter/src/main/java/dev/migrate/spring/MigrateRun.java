package dev.migrate.spring;

import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * The migration of one DataSource at start-up, as a {@link MigrateStrategy} gets it: the engine, configured, and
 * what the properties ask of it.
 *
 * @param dataSource   the DataSource bean's name ("dataSource" for the application's own)
 * @param url          the database's URL, any password masked
 * @param migrate      the engine, on that DataSource and its locations
 * @param target       the revision to upgrade to
 * @param failOnEdited whether an applied script edited since it ran refuses the upgrade
 * @param baseline     the revision a database with tables but no version table is stamped at first, or null
 */
public record MigrateRun(
        String dataSource, String url, Migrate migrate, String target, boolean failOnEdited, String baseline) {

    private static final System.Logger LOG = System.getLogger("dev.migrate");

    /** What the starter does by default: baseline where asked, then upgrade to the target. */
    public RunResult upgrade() {
        if (baseline != null && !baseline.isBlank()) {
            migrate.baseline(baseline.strip());
        }
        RunResult result = migrate.upgrade(target, failOnEdited);
        LOG.log(
                System.Logger.Level.INFO,
                result.steps().isEmpty()
                        ? "Database " + url + " is up to date at " + describe(result.headsAfter())
                        : "Database " + url + " upgraded from " + describe(result.headsBefore()) + " to "
                                + describe(result.headsAfter()) + " ("
                                + result.steps().size() + " migration(s))");
        return result;
    }

    private static String describe(java.util.Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    /**
     * Runs nothing; refuses to start when the database is behind its migrations, has an interrupted step or an
     * edited script: for an application whose migrations a pipeline runs.
     */
    public void validate() {
        Status status = migrate.status();
        if (status.interrupted().isPresent()) {
            throw new MigrateException(
                    "The database of " + dataSource + " has an interrupted step: "
                            + status.interrupted().get().describe(),
                    status.interrupted().get().remedy(String.join(",", status.current())));
        }
        List<String> pending = ids(status, Status.State.PENDING);
        List<String> edited = ids(status, Status.State.EDITED);
        if (!pending.isEmpty() || !edited.isEmpty()) {
            throw new MigrateException(
                    "The database of " + dataSource + " is not migrated: "
                            + (pending.isEmpty() ? "" : "pending " + String.join(", ", pending))
                            + (!pending.isEmpty() && !edited.isEmpty() ? "; " : "")
                            + (edited.isEmpty() ? "" : "edited since applied " + String.join(", ", edited)),
                    "Run the migrations first (the pipeline's migrate step), or let the application run them: "
                            + "remove the validating MigrateStrategy.");
        }
    }

    private static List<String> ids(Status status, Status.State state) {
        List<String> ids = new ArrayList<>();
        for (Status.Entry e : status.revisions()) {
            if (e.state() == state) {
                ids.add(0, e.revision().id()); // oldest first
            }
        }
        return ids;
    }
}
