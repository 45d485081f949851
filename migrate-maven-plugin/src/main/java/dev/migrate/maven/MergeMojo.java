package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes a revision that joins several heads into one. */
@Mojo(name = "merge", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

    /** The revisions to join, separated by commas; all heads by default. */
    @Parameter(property = MigrateProperties.REVISIONS, defaultValue = "heads")
    private String revisions;

    /** What the merge is for. */
    @Parameter(property = MigrateProperties.MESSAGE)
    private String message;

    @Override
    protected void run(Migrate migrate) {
        getLog().info("Created " + migrate.merge(message, revisions));
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.REVISIONS;
    }
}
