package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sets a project up for migrations: creates the migrations directory and, when the pom does not declare this plugin
 * yet, adds its declaration, leaving the rest of the pom exactly as it was.
 */
@Mojo(name = "init", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class InitMojo extends AbstractMigrateMojo {

    @Parameter(defaultValue = "${project.file}", readonly = true, required = true)
    private File pomFile;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected boolean skipsAggregators() {
        return false;
    }

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        Path dir = migrate.init();
        getLog().info("Created " + dir);
        addPluginToPom();
        getLog().info("Next: mvn migrate:revision -D" + MigrateProperties.MESSAGE + "=\"create tables\", "
                + "then mvn migrate:upgrade");
    }

    private void addPluginToPom() throws MojoFailureException {
        Path pom = pomFile.toPath();
        try {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            if (PomEditor.declares(text, plugin.getArtifactId())) {
                getLog().info(pom.getFileName() + " declares " + plugin.getArtifactId() + " already");
                return;
            }
            String declaration = "<plugin>\n"
                    + "  <groupId>" + plugin.getGroupId() + "</groupId>\n"
                    + "  <artifactId>" + plugin.getArtifactId() + "</artifactId>\n"
                    + "  <version>" + plugin.getVersion() + "</version>\n"
                    + "</plugin>";
            Files.writeString(pom, PomEditor.addPlugin(text, declaration), StandardCharsets.UTF_8);
            getLog().info("Added " + plugin.getArtifactId() + " " + plugin.getVersion() + " to " + pom);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException(
                    "Cannot add the plugin to " + pom + ": " + e.getMessage()
                            + System.lineSeparator() + "Declare " + plugin.getGroupId() + ":" + plugin.getArtifactId()
                            + " in <build><plugins> by hand.",
                    e);
        }
    }
}
