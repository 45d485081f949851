package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.graph.Revision;
import dev.migrate.script.Script;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Shows one revision: its header and both sections of its script (for a Java migration, its class). */
@Mojo(name = "show", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class ShowMojo extends AbstractMigrateMojo {

    /** The revision: an id or prefix, head, current, a label, <rev>-N. */
    @Parameter(property = MigrateProperties.REVISION, defaultValue = "head")
    private String revision;

    @Override
    protected void run(Migrate migrate) {
        Script script = migrate.show(revision);
        Revision r = script.revision();
        getLog().info("Revision: " + r.id());
        getLog().info("Revises: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())));
        getLog().info("Message: " + r.message());
        getLog().info("Created: " + r.created());
        if (script.isJava()) {
            getLog().info("Java migration: " + script.location() + ", version "
                    + script.javaHeader().version());
            getLog().info("Its upgrade and downgrade run in code; see the class's source.");
            return;
        }
        getLog().info("File: " + script.location());
        getLog().info("");
        getLog().info("-- migrate:upgrade");
        script.body().upgrade().strip().lines().forEach(getLog()::info);
        getLog().info("");
        getLog().info("-- migrate:downgrade");
        script.body().downgrade().strip().lines().forEach(getLog()::info);
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.REVISION;
    }
}
