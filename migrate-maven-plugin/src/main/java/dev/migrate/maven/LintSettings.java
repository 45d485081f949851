package dev.migrate.maven;

import dev.migrate.lint.Severity;
import org.apache.maven.plugin.MojoFailureException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lint rules' severities as configured: the pom's {@code <lintRules>} map ({@code <drop-column>off</drop-column>}),
 * then {@code -Dmigrate.lintRules=drop-column=off,rename-column=error}, which wins.
 */
final class LintSettings {
    private LintSettings() {}

    static Map<String, Severity> severities(Map<String, String> pom, String property) throws MojoFailureException {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (pom != null) {
            for (Map.Entry<String, String> e : pom.entrySet()) {
                out.put(e.getKey().strip(), severity(e.getKey(), e.getValue(), "<lintRules>"));
            }
        }
        if (property == null || property.isBlank()) {
            return out;
        }
        for (String entry : property.strip().split("\\s*,\\s*")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw HelpfulMessages.parameter(
                        MigrateProperties.LINT_RULES,
                        "'" + entry + "' is not rule=severity",
                        "Write each rule as <id>=error|warning|off, separated by commas, such as -D"
                                + MigrateProperties.LINT_RULES + "=drop-column=off,rename-column=error.");
            }
            String id = entry.substring(0, eq).strip();
            out.put(id, severity(id, entry.substring(eq + 1), "-D" + MigrateProperties.LINT_RULES));
        }
        return out;
    }

    private static Severity severity(String id, String value, String where) throws MojoFailureException {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            return Severity.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.LINT_RULES,
                    "rule " + id + " in " + where + " has the severity '" + (value == null ? "" : value.strip()) + "'",
                    "Give each rule error (fails the build), warning (logs) or off.");
        }
    }
}
