package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Applies pending migrations up to a target (head by default), or prints their SQL with -Dmigrate.sql. */
@Mojo(name = "upgrade", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class UpgradeMojo extends AbstractStepMojo {

    /** Where to go: head, heads, a revision id or prefix, label@head, +N, <rev>+N. With sql, also from:to. */
    @Parameter(property = MigrateProperties.TARGET, defaultValue = "head")
    private String target;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (offline()) {
            writeOffline(migrate.upgradeSql(target));
            return;
        }
        if (onTenants()) {
            reportTenants(migrate.upgradeTenants(tenantSource(), parallel(), target), "applied", "upgraded");
            return;
        }
        logDatabase();
        report(migrate.upgrade(target), "Upgraded", "Nothing to upgrade");
    }
}
