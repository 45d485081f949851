package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.SchemaSource;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.testing.RevisionResult;
import dev.migrate.testing.TestReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Tests every migration on a scratch database, never the configured one: from base to head one revision at a
 * time, upgrade, downgrade (the schema must be exactly as before), upgrade again. With a model configured, the
 * migrations at head must also build exactly the model's schema. Fails the build on any failure.
 */
@Mojo(
        name = "test",
        configurator = MigrateProperties.CONFIGURATOR,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class TestMojo extends AbstractModelMojo {

    /** Maven's own switch: skipping the tests skips this one too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Maven's own switch: skipping the tests skips this one too. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        if (skipTests || mavenTestSkip) {
            getLog().info("Skipping migrate:test because " + (skipTests ? "skipTests" : "maven.test.skip") + " is set");
            return;
        }
        getLog().info("Testing migrations on a scratch database (upgrade, downgrade, upgrade again for each revision)");
        SchemaSource source = model();
        TestReport report = migrate.test(source);
        for (String problem : report.graphProblems()) {
            getLog().error(problem);
        }
        long passed = report.revisions().stream().filter(RevisionResult::passed).count();
        String summary = "Migrations: " + report.revisions().size() + " tested, " + passed + " passed, "
                + (report.revisions().size() - passed) + " failed"
                + (report.untested() > 0 ? ", " + report.untested() + " not reached" : "");
        if (!report.passed()) {
            StringBuilder why = new StringBuilder("migrate:test failed. ").append(summary);
            for (String problem : report.graphProblems()) {
                why.append(System.lineSeparator()).append(problem);
            }
            for (RevisionResult r : report.revisions()) {
                for (String problem : r.problems()) {
                    why.append(System.lineSeparator())
                            .append(r.revision().id())
                            .append(" (")
                            .append(r.revision().source())
                            .append("): ")
                            .append(problem);
                }
            }
            SchemaComparison model = report.modelCheck();
            if (model != null && !model.matches()) {
                why.append(System.lineSeparator()).append(CheckMojo.differs(model, source instanceof JpaSchemaSource));
            }
            throw new MojoFailureException(why.toString());
        }
        getLog().info(summary);
        if (report.modelCheck() != null) {
            getLog().info("Model check passed: " + report.modelCheck().current() + " build the schema of "
                    + report.modelCheck().desired());
        }
    }
}
