package dev.migrate.maven;

import dev.migrate.autogenerate.SchemaSource;
import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.schema.RenameHints;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** Goals that compare the model (schema SQL files or JPA entities) with the migrations. */
public abstract class AbstractModelMojo extends AbstractMigrateMojo {

    @Component
    private org.eclipse.aether.RepositorySystem repositorySystem;

    /**
     * Declarative SQL files that create the desired schema, e.g. src/main/resources/db/schema.sql (comma-separated on
     * the command line).
     */
    @Parameter(property = MigrateProperties.SCHEMA)
    private List<File> schema;

    /** Take the desired schema from the project's JPA entities (compiled classes), through Hibernate. */
    @Parameter(property = MigrateProperties.JPA, defaultValue = "false")
    private boolean jpa;

    /** Packages to look for entities in, separated by commas; all of the project's classes by default. */
    @Parameter(property = MigrateProperties.JPA_PACKAGES)
    private List<String> entityPackages;

    /** Hibernate naming: "spring" (snake_case, Spring Boot's default), "jpa", or "physical=class,implicit=class". */
    @Parameter(property = MigrateProperties.JPA_NAMING, defaultValue = "spring")
    private String naming;

    /**
     * Hibernate settings for the JPA model, over those the application runs with (hibernate.properties,
     * spring.jpa.properties.* in application.properties or application.yml).
     */
    @Parameter
    private java.util.Map<String, String> jpaProperties;

    /** Renames for JPA models, "old_table -> new_table" or "table.old_column -> table.new_column". */
    @Parameter(property = MigrateProperties.RENAMES)
    private List<String> renames;

    /** "migrations" (replayed on a scratch database; the default) or "database" (the configured one). */
    @Parameter(property = MigrateProperties.COMPARE_TO, defaultValue = "migrations")
    private String compareTo;

    /** The configured model, or null when there is none. */
    protected SchemaSource model() throws MojoFailureException {
        boolean sql = schema != null && !schema.isEmpty();
        if (sql && jpa) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.SCHEMA,
                    "both schema files and JPA entities are " + "configured as the model",
                    "Choose one: remove <schema> or set <jpa>false</jpa>.");
        }
        if (sql) {
            for (File f : schema) {
                if (!f.isFile()) {
                    throw HelpfulMessages.parameter(
                            MigrateProperties.SCHEMA,
                            "no such file: " + f,
                            "Name the SQL files that create the desired schema, e.g. src/main/resources/db/schema.sql.");
                }
            }
            return new SqlSchemaSource(
                    schema.stream().map(File::toPath).toList(),
                    project().getBasedir().toPath());
        }
        if (jpa) {
            try {
                return new JpaSchemaSource(
                        jpaSupport(),
                        project().getBasedir().toPath(),
                        new File(project().getBuild().getOutputDirectory()).toPath(),
                        project().getCompileClasspathElements(),
                        entityPackages == null ? List.of() : entityPackages,
                        naming,
                        JpaSettings.of(
                                new File(project().getBuild().getOutputDirectory()).toPath(),
                                jpaProperties == null ? java.util.Map.of() : jpaProperties),
                        renameHints());
            } catch (DependencyResolutionRequiredException e) {
                throw new MojoFailureException("The project's compile classpath is not resolved: " + e.getMessage());
            }
        }
        return null;
    }

    private JpaSupport jpaSupport() {
        org.apache.maven.plugin.descriptor.PluginDescriptor plugin =
                mojoExecution().getMojoDescriptor().getPluginDescriptor();
        return new JpaSupport(
                repositorySystem,
                session().getRepositorySession(),
                project().getRemotePluginRepositories(),
                plugin.getGroupId(),
                plugin.getVersion());
    }

    protected boolean compareToDatabase() throws MojoFailureException {
        return CompareTo.database(compareTo);
    }

    private RenameHints renameHints() throws MojoFailureException {
        RenameHints hints = RenameHints.none();
        for (String entry : renames == null ? List.<String>of() : renames) {
            try {
                hints.parse(entry);
            } catch (IllegalArgumentException e) {
                throw HelpfulMessages.parameter(
                        MigrateProperties.RENAMES,
                        e.getMessage(),
                        "Example: <renames><rename>todo.done -> todo.completed</rename></renames>");
            }
        }
        return hints;
    }

    protected static String noModel(String goal) {
        return "migrate:" + goal + " needs a model to compare with: set <schema> to SQL files "
                + "(-D" + MigrateProperties.SCHEMA + "=src/main/resources/db/schema.sql) or <jpa>true</jpa> for the "
                + "project's JPA entities";
    }
}
