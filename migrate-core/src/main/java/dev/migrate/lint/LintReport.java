package dev.migrate.lint;

import java.util.List;

/** What a lint run found: how many migrations it read and the findings, in script and line order. */
public record LintReport(int scripts, List<Finding> findings) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }
}
