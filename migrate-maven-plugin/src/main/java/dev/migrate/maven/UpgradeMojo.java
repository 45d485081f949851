package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.TenantOutcome;
import dev.migrate.runtime.TenantReport;
import dev.migrate.runtime.TenantSource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Arrays;
import java.util.List;

/** Applies pending migrations up to a target (head by default), or prints their SQL with -Dmigrate.sql. */
@Mojo(name = "upgrade", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class UpgradeMojo extends AbstractStepMojo {

    /** Where to go: head, heads, a revision id or prefix, label@head, +N, <rev>+N. With sql, also from:to. */
    @Parameter(property = MigrateProperties.TARGET, defaultValue = "head")
    private String target;

    /** Tenants to upgrade instead of the configured database: schemas (PostgreSQL), databases (MariaDB), files (SQLite, patterns too), separated by commas. */
    @Parameter(property = MigrateProperties.TENANTS)
    private String tenants;

    /** A query on the configured database whose first column names more tenants. */
    @Parameter(property = MigrateProperties.TENANTS_QUERY)
    private String tenantsQuery;

    /** How many tenants are upgraded at once. */
    @Parameter(property = MigrateProperties.PARALLEL, defaultValue = "4")
    private int parallel;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (tenants != null || tenantsQuery != null) {
            upgradeTenants(migrate);
            return;
        }
        if (offline()) {
            writeOffline(migrate.upgradeSql(target));
            return;
        }
        logDatabase();
        report(migrate.upgrade(target), "Upgraded", "Nothing to upgrade");
    }

    private void upgradeTenants(Migrate migrate) throws MojoFailureException {
        List<String> names = tenants == null ? List.of() : Arrays.asList(tenants.split(","));
        TenantReport<RunResult> report = migrate.upgradeTenants(TenantSource.of(names, tenantsQuery), parallel, target);
        for (TenantOutcome<RunResult> o : report.outcomes()) {
            if (o.failed()) {
                getLog().error(o.tenant().name() + ": FAILED: " + o.failure().getMessage());
            } else if (o.result().steps().isEmpty()) {
                getLog().info(o.tenant().name() + ": skipped, at "
                        + Formats.revisions(o.result().headsAfter()));
            } else {
                getLog().info(o.tenant().name() + ": applied "
                        + o.result().steps().size() + ", at "
                        + Formats.revisions(o.result().headsAfter()));
            }
        }
        long failed = report.failed().size();
        getLog().info(report.outcomes().size() + " tenant(s), " + report.parallel() + " at once, in "
                + dev.migrate.runtime.Durations.of(report.millis()) + ": "
                + report.count(r -> !r.steps().isEmpty()) + " applied, "
                + report.count(r -> r.steps().isEmpty())
                + " skipped, " + failed + " failed");
        if (failed > 0) {
            throw new MojoFailureException(failed + " tenant(s) failed; rerun to resume them once fixed");
        }
    }
}
