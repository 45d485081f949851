package dev.migrate.lint;

import java.util.Optional;

/** A rule that judges each column type change against the type the migrations before it gave the column. */
public record TypeChangeRule(String id, String name, Severity severity, String why, String instead, Judge judge)
        implements LintRule {
    /** Why this change is dangerous, when it is; empty when it is safe. */
    @FunctionalInterface
    public interface Judge {
        Optional<String> dangerous(LintScript script, LintStatement statement, ColumnTypes.TypeChange change);
    }

    @Override
    public void check(LintScript script, Findings findings) {
        for (int i = 0; i < script.upgrade().size(); i++) {
            LintStatement s = script.upgrade().get(i);
            if (!script.existing(i, 2)) {
                continue; // a table this script creates is empty
            }
            for (ColumnTypes.TypeChange change : script.typeChanges(i)) {
                judge.dangerous(script, s, change).ifPresent(reason -> findings.report(this, s, reason));
            }
        }
    }
}
