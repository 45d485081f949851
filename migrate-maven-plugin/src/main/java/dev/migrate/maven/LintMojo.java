package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.lint.Severity;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Lints migrations for statements that are correct but dangerous on a live database (a blocking index build, a
 * destructive drop, a rename running instances still use...), printing each finding with its file and line, why it is
 * dangerous and the safe alternative. An error fails the build, a warning is logged.
 */
@Mojo(
        name = "lint",
        configurator = MigrateProperties.CONFIGURATOR,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true)
public class LintMojo extends AbstractMigrateMojo {

    /**
     * Which migrations: pending (those the database has not applied; it connects to find them), all (without
     * connecting), or a range of revisions from:to inclusive such as ae10:head.
     */
    @Parameter(property = MigrateProperties.RANGE, defaultValue = "pending")
    private String range;

    /**
     * Each rule's severity over its own, by rule id: {@code <lintRules><drop-column>off</drop-column></lintRules>};
     * error, warning or off. The README lists the rules.
     */
    @Parameter
    private Map<String, String> lintRules;

    /** The same as rule=severity pairs, separated by commas, over the pom's: drop-column=off,rename-column=error. */
    @Parameter(property = MigrateProperties.LINT_RULES)
    private String rules;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        Map<String, Severity> severities = LintSettings.severities(lintRules, rules);
        boolean pending = range == null || range.isBlank() || range.strip().equals("pending");
        if (pending) {
            logDatabase();
        }
        LintReport report = migrate.lint(range == null ? null : range.strip(), severities);
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                getLog().error(f.describe());
            } else {
                getLog().warn(f.describe());
            }
        }
        String summary = "Linted " + count(report.scripts(), "migration") + (pending ? " pending" : "") + ": "
                + count(report.errors(), "error") + ", " + count(report.warnings(), "warning");
        if (report.errors() > 0) {
            throw new MojoFailureException(summary + " (listed above)." + System.lineSeparator()
                    + "Write each statement the safe way given, or accept one where it is safe here with '"
                    + Linter.IGNORE + " <rule> <reason>' on the line above it, or change the rule's severity in "
                    + "<lintRules> (-D" + MigrateProperties.LINT_RULES + "=<rule>=warning).");
        }
        getLog().info(summary);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.RANGE;
    }
}
