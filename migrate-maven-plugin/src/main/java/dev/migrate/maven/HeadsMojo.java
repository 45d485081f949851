package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the heads of the revision graph; more than one means a merge is due. */
@Mojo(name = "heads", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {

    @Override
    protected void run(Migrate migrate) {
        for (String id : migrate.heads()) {
            getLog().info(id + " (head), " + migrate.revisionOf(id).message());
        }
        if (migrate.heads().size() > 1) {
            getLog().warn(migrate.heads().size() + " heads: join them with mvn migrate:merge");
        }
    }
}
