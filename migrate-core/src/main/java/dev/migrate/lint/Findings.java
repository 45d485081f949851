package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/** What the rules report on one script, before ignore comments and configured severities apply. */
public final class Findings {
    private final List<Reported> reported = new ArrayList<>();

    /** A rule's finding on a statement. */
    public void report(LintRule rule, LintStatement statement) {
        reported.add(new Reported(rule, statement.line(), statement, rule.why()));
    }

    /** A rule's finding with a more exact reason than its general one. */
    public void report(LintRule rule, LintStatement statement, String why) {
        reported.add(new Reported(rule, statement.line(), statement, why));
    }

    /** A finding on the script as a whole (its first line). */
    public void reportScript(LintRule rule, int line, String why) {
        reported.add(new Reported(rule, line, null, why));
    }

    List<Reported> reported() {
        return reported;
    }

    record Reported(LintRule rule, int line, LintStatement statement, String why) {}
}
