package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.TenantReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shows the database's revision(s), the heads, and every revision marked applied, pending or edited. */
@Mojo(name = "status", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class StatusMojo extends AbstractTenantMojo {
    /** Applied revisions listed before the rest are summed up in one line; pending and edited ones are all listed. */
    static final int APPLIED_SHOWN = 20;

    /**
     * text (a table in the log), json (one object on standard output, for scripts and CI) or mermaid (the revision
     * graph with what is applied, as a Markdown ```mermaid block on standard output).
     */
    @Parameter(property = MigrateProperties.FORMAT, defaultValue = "text")
    private String format;

    /**
     * database also reports drift: what the database holds that the migrations it has applied do not build (they
     * are replayed on a scratch database to tell).
     */
    @Parameter(property = MigrateProperties.COMPARE_TO, defaultValue = "migrations")
    private String compareTo;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        String f = format();
        boolean drift = CompareTo.database(compareTo);
        if (onTenants()) {
            statusTenants(migrate, f, drift);
            return;
        }
        if (f.equals("mermaid")) {
            System.out.print("```mermaid\n" + migrate.graphPicture().mermaid() + "```\n");
            System.out.flush();
            return;
        }
        Status status = migrate.status();
        if (f.equals("json")) {
            System.out.println(StatusJson.of(
                    database().maskedUrl(), status, drift ? Optional.of(migrate.drift()) : Optional.empty()));
            return;
        }
        logDatabase();
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
        List<StatusTable.Row> rows = new ArrayList<>();
        for (Status.Entry e : status.revisions()) {
            if (e.state() == Status.State.APPLIED && !e.current() && !e.head() && shownApplied++ >= APPLIED_SHOWN) {
                olderApplied++; // with thousands of migrations, the old applied ones are noise: history lists them
                continue;
            }
            rows.add(StatusTable.row(e));
        }
        List<String> lines = StatusTable.lines(rows);
        getLog().info(lines.get(0));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).warning()) {
                getLog().warn(lines.get(i + 1));
            } else {
                getLog().info(lines.get(i + 1));
            }
        }
        if (olderApplied > 0) {
            getLog().info("  ... and " + olderApplied
                    + " older applied revision(s); mvn migrate:history lists them all");
        }
        getLog().info(status.count(Status.State.APPLIED) + status.count(Status.State.EDITED) + " applied, "
                + status.count(Status.State.PENDING) + " pending, " + status.count(Status.State.EDITED) + " edited"
                + (status.count(Status.State.INTERRUPTED) > 0 ? ", 1 interrupted" : ""));
        status.interrupted().ifPresent(step -> {
            getLog().warn(step.describe() + ". Upgrade and downgrade refuse to run until this is resolved.");
            getLog().warn(step.remedy(status.current().isEmpty() ? "base" : String.join(",", status.current()))
                    .render(MavenWords.INSTANCE));
        });
        if (status.count(Status.State.EDITED) > 0) {
            getLog().warn("Edited scripts are refused by upgrade: restore them, or accept the edit with "
                    + "mvn migrate:stamp -D" + MigrateProperties.ACCEPT + "=<revision>");
        }
        if (drift) {
            logDrift(migrate.drift());
        }
    }

    private void statusTenants(Migrate migrate, String format, boolean drift) throws MojoFailureException {
        if (format.equals("mermaid")) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.FORMAT,
                    "mermaid draws one database's graph, not many tenants'",
                    "Use 'text' or 'json' with tenants, or leave out -D" + MigrateProperties.TENANTS + " and -D"
                            + MigrateProperties.TENANTS_QUERY + " for the picture.");
        }
        if (drift) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.COMPARE_TO,
                    "drift is reported for one database, not for many tenants",
                    "Leave out -D" + MigrateProperties.TENANTS + " and -D" + MigrateProperties.TENANTS_QUERY
                            + ", and point the database at one tenant to see its drift.");
        }
        TenantReport<Status> report = migrate.statusTenants(tenantSource(), parallel());
        if (format.equals("json")) {
            System.out.println(redact(StatusJson.tenants(report, this::failureMessage)));
            System.out.flush();
        }
        reportTenants(
                report,
                StatusMojo::tenantLine,
                report.count(s -> s.count(Status.State.PENDING) == 0) + " up to date, "
                        + report.count(s -> s.count(Status.State.PENDING) > 0) + " behind");
    }

    /** "at 3f2a9c1e7b10, 2 pending", with edited and interrupted runs named. */
    private static String tenantLine(Status s) {
        return "at " + Formats.revisions(s.current()) + ", " + s.count(Status.State.PENDING) + " pending"
                + (s.count(Status.State.EDITED) > 0 ? ", " + s.count(Status.State.EDITED) + " edited" : "")
                + (s.interrupted().isPresent() ? ", 1 interrupted" : "")
                + (s.unknown().isEmpty() ? "" : ", at unknown " + String.join(", ", s.unknown()));
    }

    private void logDrift(Optional<SchemaComparison> drift) {
        if (drift.isEmpty()) {
            getLog().info("No drift: the database does not exist yet.");
        } else if (drift.get().matches()) {
            getLog().info(DriftReport.none(drift.get()));
        } else {
            DriftReport.lines(drift.get()).forEach(getLog()::warn);
        }
        drift.ifPresent(d -> d.notCompared().forEach(n -> getLog().warn("Not compared: " + n)));
    }

    private String format() throws MojoFailureException {
        String f = format == null ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("text") && !f.equals("json") && !f.equals("mermaid")) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.FORMAT,
                    "'" + format + "' is not a format",
                    "Use 'text' (the default), 'json' or 'mermaid'.");
        }
        return f;
    }
}
