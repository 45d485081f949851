package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.SchemaSource;
import dev.migrate.diff.SchemaComparison;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the model (schema SQL files or JPA entities) and the migrations build different schemas,
 * printing the difference; the migrations are replayed on a scratch database, the configured one is not touched.
 */
@Mojo(
        name = "check",
        configurator = MigrateProperties.CONFIGURATOR,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractModelMojo {

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        SchemaSource model = model();
        if (model == null) {
            throw new MojoFailureException(noModel(goal()));
        }
        SchemaComparison c = migrate.compare(model, compareToDatabase());
        c.notCompared().forEach(n -> getLog().warn("Not compared: " + n));
        if (!c.matches()) {
            throw new MojoFailureException(differs(c, model instanceof JpaSchemaSource));
        }
        getLog().info("The model matches: " + c.desired() + " and " + c.current() + " build the same schema.");
    }

    /** The difference, and the command that writes it: entities are read from compiled classes, so compile first. */
    static String differs(SchemaComparison c, boolean jpa) {
        StringBuilder s = new StringBuilder(
                "The model differs from " + c.current() + ". To reach " + c.desired() + " they would need:");
        c.describe().forEach(d -> s.append(System.lineSeparator()).append("  ").append(d));
        s.append(System.lineSeparator())
                .append(
                        jpa
                                ? "Write the revision: mvn compile migrate:revision -D"
                                : "Write the revision: mvn migrate:revision -D")
                .append(MigrateProperties.MESSAGE)
                .append("=\"...\"");
        return s.toString();
    }
}
