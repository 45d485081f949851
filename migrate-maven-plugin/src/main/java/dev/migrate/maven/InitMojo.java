package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sets a project up for migrations: creates the migrations directory, ignores SQLite's lock files in .gitignore and,
 * when the pom does not declare this plugin yet, adds its declaration (with the model chosen for autogenerate),
 * leaving the rest of the pom exactly as it was.
 */
@Mojo(name = "init", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class InitMojo extends AbstractMigrateMojo {

    @Parameter(defaultValue = "${project.file}", readonly = true, required = true)
    private File pomFile;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * The model autogenerate compares with: none, schema (a declarative SQL file, src/main/resources/db/schema.sql,
     * created empty) or jpa (the project's JPA entities). Asked when Maven is interactive; none in batch mode.
     */
    @Parameter(property = MigrateProperties.MODEL)
    private String model;

    @Component
    private Prompter prompter;

    static final String SCHEMA_FILE = "src/main/resources/db/schema.sql";
    static final String LOCK_PATTERN = "*.migrate-lock";

    @Override
    protected boolean skipsAggregators() {
        return false;
    }

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        String chosen = chooseModel();
        Path dir = migrate.init();
        getLog().info("Created " + dir);
        ignoreLockFiles();
        String configuration = configuration(chosen);
        addPluginToPom(configuration);
        getLog().info("Next: mvn " + (chosen.equals("jpa") ? "compile " : "") + "migrate:revision -D"
                + MigrateProperties.MESSAGE + "=\"create tables\", then mvn migrate:upgrade");
    }

    private String chooseModel() throws MojoFailureException {
        String m = model;
        if ((m == null || m.isBlank()) && interactive()) {
            try {
                m = prompter.prompt(
                        "Configure a model, so that migrate:revision writes the SQL for you? none, schema (a"
                                + " declarative SQL file) or jpa (the project's JPA entities)",
                        java.util.List.of("none", "schema", "jpa"),
                        "none");
            } catch (org.codehaus.plexus.components.interactivity.PrompterException e) {
                throw new MojoFailureException("Cannot read the answer: " + e.getMessage(), e);
            }
        }
        m = m == null || m.isBlank() ? "none" : m.strip().toLowerCase(java.util.Locale.ROOT);
        if (!m.equals("none") && !m.equals("schema") && !m.equals("jpa")) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.MODEL, "'" + model + "' is not a model", "Use none, schema or jpa.");
        }
        if (m.equals("none")) {
            getLog().info("No model configured; to autogenerate revisions later, run init with -D"
                    + MigrateProperties.MODEL + "=schema or -D" + MigrateProperties.MODEL + "=jpa, or see the"
                    + " README's Autogenerate section");
        }
        return m;
    }

    /** The plugin's configuration for the model, creating the empty schema file it names. */
    private String configuration(String chosen) throws MojoFailureException {
        if (chosen.equals("jpa")) {
            return "  <configuration>\n    <jpa>true</jpa>\n  </configuration>\n";
        }
        if (!chosen.equals("schema")) {
            return "";
        }
        Path file = project().getBasedir().toPath().resolve(SCHEMA_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file,
                        "-- The schema the application wants, as CREATE statements; migrate:revision writes the"
                                + " migration that reaches it.\n",
                        StandardCharsets.UTF_8);
                getLog().info("Created " + file);
            }
        } catch (IOException e) {
            throw new MojoFailureException("Cannot create " + file + ": " + e.getMessage(), e);
        }
        return "  <configuration>\n    <schema>\n      <file>" + SCHEMA_FILE + "</file>\n    </schema>\n"
                + "  </configuration>\n";
    }

    /** SQLite's lock file beside the database is the run's, never the repository's. */
    private void ignoreLockFiles() throws MojoFailureException {
        Path ignore = project().getBasedir().toPath().resolve(".gitignore");
        try {
            String text = Files.exists(ignore) ? Files.readString(ignore, StandardCharsets.UTF_8) : "";
            if (text.lines().anyMatch(l -> l.strip().equals(LOCK_PATTERN))) {
                return;
            }
            String addition = (text.isEmpty() || text.endsWith("\n") ? "" : "\n")
                    + "# the lock file migrate keeps beside a SQLite database while it runs\n" + LOCK_PATTERN + "\n";
            Files.writeString(ignore, text + addition, StandardCharsets.UTF_8);
            getLog().info("Added " + LOCK_PATTERN + " to " + ignore);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot update " + ignore + ": " + e.getMessage(), e);
        }
    }

    private void addPluginToPom(String configuration) throws MojoFailureException {
        Path pom = pomFile.toPath();
        try {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            if (PomEditor.declares(text, plugin.getArtifactId())) {
                getLog().info(pom.getFileName() + " declares " + plugin.getArtifactId() + " already");
                if (!configuration.isEmpty()) {
                    getLog().info("Add the model to its declaration:\n" + configuration.stripTrailing());
                }
                return;
            }
            String declaration = "<plugin>\n"
                    + "  <groupId>" + plugin.getGroupId() + "</groupId>\n"
                    + "  <artifactId>" + plugin.getArtifactId() + "</artifactId>\n"
                    + "  <version>" + plugin.getVersion() + "</version>\n"
                    + configuration
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
