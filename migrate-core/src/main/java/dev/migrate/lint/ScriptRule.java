package dev.migrate.lint;

import java.util.Optional;

/** A rule that judges a script as a whole; it reports at most once, on the statement it names. */
public record ScriptRule(String id, String name, Severity severity, String why, String instead, Test test)
        implements LintRule {
    /** The statement the script is dangerous at, if it is. */
    @FunctionalInterface
    public interface Test {
        Optional<LintStatement> dangerousAt(LintScript script);
    }

    @Override
    public void check(LintScript script, Findings findings) {
        test.dangerousAt(script).ifPresent(s -> findings.report(this, s));
    }
}
