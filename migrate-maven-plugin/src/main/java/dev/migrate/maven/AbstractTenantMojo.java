package dev.migrate.maven;

import dev.migrate.base.MigrateException;
import dev.migrate.runtime.Durations;
import dev.migrate.runtime.TenantOutcome;
import dev.migrate.runtime.TenantReport;
import dev.migrate.runtime.TenantSource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** What the goals that can run on many tenants share: which tenants, how many at once, and the per-tenant report. */
abstract class AbstractTenantMojo extends AbstractMigrateMojo {

    /** Tenants to run on instead of the configured database: schemas (PostgreSQL), databases (MariaDB), files (SQLite, patterns too), separated by commas. */
    @Parameter(property = MigrateProperties.TENANTS)
    private String tenants;

    /** A query on the configured database whose first column names more tenants. */
    @Parameter(property = MigrateProperties.TENANTS_QUERY)
    private String tenantsQuery;

    /** How many tenants are run on at once. */
    @Parameter(property = MigrateProperties.PARALLEL, defaultValue = "4")
    private int parallel;

    protected boolean onTenants() {
        return tenants != null || tenantsQuery != null;
    }

    protected TenantSource tenantSource() {
        List<String> names = tenants == null ? List.of() : Arrays.asList(tenants.split(","));
        return TenantSource.of(names, tenantsQuery);
    }

    protected int parallel() {
        return parallel;
    }

    /**
     * Logs one line per tenant ("name: " and what {@code describe} says, or FAILED and why), then a summary, and
     * fails the build when any tenant failed.
     */
    protected <T> void reportTenants(TenantReport<T> report, Function<T, String> describe, String summary)
            throws MojoFailureException {
        for (TenantOutcome<T> o : report.outcomes()) {
            if (o.failed()) {
                getLog().error(o.tenant().name() + ": FAILED: " + failureMessage(o.failure()));
            } else {
                getLog().info(o.tenant().name() + ": " + describe.apply(o.result()));
            }
        }
        long failed = report.failed().size();
        getLog().info(report.outcomes().size() + " tenant(s), " + report.parallel() + " at once, in "
                + Durations.of(report.millis()) + ": " + summary + (summary.isEmpty() ? "" : ", ") + failed
                + " failed");
        if (failed > 0) {
            throw new MojoFailureException(failed + " tenant(s) failed; rerun to resume them once fixed");
        }
    }

    protected String failureMessage(RuntimeException failure) {
        if (failure instanceof MigrateException e) {
            return HelpfulMessages.failure(e, targetProperty()).getMessage();
        }
        return String.valueOf(failure.getMessage());
    }
}
