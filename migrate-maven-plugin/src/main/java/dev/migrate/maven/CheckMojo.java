package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.SchemaSource;
import dev.migrate.diff.SchemaComparison;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fails the build when the model (schema SQL files or JPA entities) and the migrations build different schemas,
 * printing the difference; the migrations are replayed on a scratch database, the configured one is not touched.
 * With {@code -Dmigrate.compareTo=database} it checks the configured database instead: first for drift (what it holds
 * that the migrations it has applied do not build), then, with a model, against the model.
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
        boolean database = compareToDatabase();
        if (model == null && !database) {
            throw new MojoFailureException(noModel(goal()));
        }
        List<String> failures = new ArrayList<>();
        if (database) {
            drift(migrate, model == null).ifPresent(failures::add);
        }
        if (model != null) {
            SchemaComparison c = migrate.compare(model, database);
            c.notCompared().forEach(n -> getLog().warn("Not compared: " + n));
            if (c.matches()) {
                getLog().info("The model matches: " + c.desired() + " and " + c.current() + " build the same schema.");
            } else {
                failures.add(differs(c, model instanceof JpaSchemaSource));
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), failures));
        }
    }

    /** The drift as a failure message, or empty when there is none (said in the log). */
    private Optional<String> drift(Migrate migrate, boolean only) {
        Optional<SchemaComparison> drift = migrate.drift();
        if (drift.isEmpty()) {
            getLog().info("No drift: the database does not exist yet.");
            return Optional.empty();
        }
        drift.get().notCompared().forEach(n -> getLog().warn("Not compared: " + n));
        if (!drift.get().matches()) {
            return Optional.of(String.join(System.lineSeparator(), DriftReport.lines(drift.get())));
        }
        getLog().info(DriftReport.none(drift.get()) + (only ? " (no model is configured to compare it with)" : ""));
        return Optional.empty();
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
