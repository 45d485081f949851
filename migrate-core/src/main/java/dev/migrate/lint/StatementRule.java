package dev.migrate.lint;

/** A rule that judges the upgrade's statements one by one: most rules are one of these. */
public record StatementRule(String id, String name, Severity severity, String why, String instead, Test test)
        implements LintRule {
    /** Whether statement {@code index} of the script is dangerous. */
    @FunctionalInterface
    public interface Test {
        boolean dangerous(LintScript script, int index, LintStatement statement);
    }

    @Override
    public void check(LintScript script, Findings findings) {
        for (int i = 0; i < script.upgrade().size(); i++) {
            LintStatement s = script.upgrade().get(i);
            if (test.dangerous(script, i, s)) {
                findings.report(this, s);
            }
        }
    }
}
