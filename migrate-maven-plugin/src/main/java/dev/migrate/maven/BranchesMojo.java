package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the branch points: revisions that more than one revision revises. */
@Mojo(name = "branches", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class BranchesMojo extends AbstractMigrateMojo {

    @Override
    protected void run(Migrate migrate) {
        if (migrate.branchPoints().isEmpty()) {
            getLog().info("No branch points: the history is linear");
        }
        for (String id : migrate.branchPoints()) {
            getLog().info(id + " (branch point), " + migrate.revisionOf(id).message());
            for (String child : migrate.children(id)) {
                getLog().info("  -> " + child + ", " + migrate.revisionOf(child).message());
            }
        }
    }
}
