package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.runtime.RunResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** Applies pending migrations up to a target (head by default), or prints their SQL with -Dmigrate.sql. */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends AbstractMigrateMojo {

    /** Where to go: head, heads, a revision id or prefix, label@head, +N, <rev>+N. With sql, also from:to. */
    @Parameter(property = MigrateProperties.TARGET, defaultValue = "head")
    private String target;

    /** Print the SQL the upgrade would run, version-table statements included, without connecting. */
    @Parameter(property = MigrateProperties.SQL, defaultValue = "false")
    private boolean sql;

    /** With sql: write the SQL to this file instead of standard output. */
    @Parameter(property = MigrateProperties.SQL_OUTPUT)
    private File sqlOutput;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (sql || sqlOutput != null) {
            new OfflineOutput(getLog(), sqlOutput).write(migrate.upgradeSql(target));
            return;
        }
        logDatabase();
        RunResult result = migrate.upgrade(target);
        if (result.steps().isEmpty()) {
            getLog().info("Nothing to upgrade: the database is at " + Formats.revisions(result.headsAfter()));
        } else {
            getLog().info("Upgraded " + result.steps().size() + " migration(s); the database is at "
                    + Formats.revisions(result.headsAfter()));
        }
    }
}
