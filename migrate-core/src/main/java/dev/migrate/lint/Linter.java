package dev.migrate.lint;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.script.Script;
import dev.migrate.script.StatementSplitter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over scripts: the common ones and the dialect's, each at its configured severity, and leaves out what
 * a {@code -- migrate:lint-ignore <rule> <reason>} comment directly above the statement accepts.
 */
public final class Linter {
    /** The comment that accepts a finding: {@code -- migrate:lint-ignore drop-column the column was never read}. */
    public static final String IGNORE = "-- migrate:lint-ignore";

    private final Map<String, LintRule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities;
    private final StatementSplitter splitter;
    private final boolean transactionalDdl;
    private final Optional<ServerVersion> serverVersion;

    /**
     * @param dialectRules the database's own rules
     * @param severities   rule id to severity, over the rules' own; an unknown id is an error
     */
    public Linter(
            List<LintRule> dialectRules,
            Map<String, Severity> severities,
            StatementSplitter splitter,
            boolean transactionalDdl,
            Optional<ServerVersion> serverVersion) {
        for (LintRule r : CommonRules.all()) {
            rules.put(r.id(), r);
        }
        for (LintRule r : dialectRules) {
            rules.put(r.id(), r);
        }
        for (String id : severities.keySet()) {
            if (!rules.containsKey(id)) {
                throw new MigrateException(
                        "Unknown lint rule '" + id + "'.",
                        Remedy.of(
                                "Name one of these rules in ",
                                Remedy.name(Setting.LINT_RULES),
                                ": " + String.join(", ", rules.keySet()) + "."));
            }
        }
        this.severities = Map.copyOf(severities);
        this.splitter = splitter;
        this.transactionalDdl = transactionalDdl;
        this.serverVersion = serverVersion;
    }

    /** The rules in effect, by id. */
    public Map<String, LintRule> rules() {
        return Map.copyOf(rules);
    }

    /**
     * Lints {@code scripts}; {@code heads} are the graph's heads, reported on when there is more than one.
     */
    public LintReport lint(List<Script> scripts, Set<String> heads) {
        return lint(List.of(), scripts, heads);
    }

    /**
     * Lints {@code scripts}, oldest first, after replaying {@code earlier} (the revisions before them, oldest first,
     * not reported on) for the column types a type change is judged against.
     */
    public LintReport lint(List<Script> earlier, List<Script> scripts, Set<String> heads) {
        ColumnTypes types = new ColumnTypes();
        for (Script script : earlier) {
            if (!script.isJava()) {
                new LintScript(script, splitter, transactionalDdl, serverVersion, types).replay(types);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Script script : scripts) {
            List<Finding> ofScript = new ArrayList<>();
            LintScript lint = new LintScript(script, splitter, transactionalDdl, serverVersion, types);
            lint.replay(types);
            Findings findings = new Findings();
            for (LintRule rule : rules.values()) {
                if (severity(rule) != Severity.OFF) {
                    rule.check(lint, findings);
                }
            }
            if (heads.size() > 1 && heads.contains(script.id())) {
                findings.reportScript(
                        CommonRules.MULTIPLE_HEADS,
                        1,
                        "The graph has " + heads.size() + " heads (" + String.join(", ", heads) + "); this is one.");
            }
            if (script.isJava()) {
                JavaDowngrade.missing(script.java().getClass())
                        .ifPresent(what -> findings.reportScript(
                                CommonRules.DATA_MIGRATION_WITHOUT_DOWNGRADE,
                                1,
                                "Its downgrade " + what + ", so a downgrade leaves whatever the upgrade changed"
                                        + " while the version says it is undone."));
            }
            for (int i = 0; i < lint.upgrade().size(); i++) {
                badIgnores(lint.upgrade().get(i), findings);
            }
            for (Findings.Reported r : findings.reported()) {
                Severity severity = severity(r.rule());
                if (severity == Severity.OFF || accepted(r)) {
                    continue;
                }
                ofScript.add(new Finding(
                        script.location(),
                        r.line(),
                        r.rule().id(),
                        r.rule().name(),
                        severity,
                        r.why(),
                        r.rule().instead()));
            }
            ofScript.sort(Comparator.comparingInt(Finding::line));
            out.addAll(ofScript);
        }
        return new LintReport(scripts.size(), out);
    }

    private Severity severity(LintRule rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    private boolean accepted(Findings.Reported r) {
        if (r.statement() == null || r.rule() == CommonRules.BAD_IGNORE) {
            return false;
        }
        for (String[] ignore : ignores(r.statement())) {
            if (ignore.length >= 3 && ignore[1].equals(r.rule().id())) {
                return true;
            }
        }
        return false;
    }

    private void badIgnores(LintStatement s, Findings findings) {
        for (String[] ignore : ignores(s)) {
            if (ignore.length < 2 || !rules.containsKey(ignore[1])) {
                findings.report(
                        CommonRules.BAD_IGNORE,
                        s,
                        ignore.length < 2
                                ? "The lint-ignore comment names no rule."
                                : "The lint-ignore comment names the unknown rule '" + ignore[1] + "'.");
            } else if (ignore.length < 3) {
                findings.report(
                        CommonRules.BAD_IGNORE,
                        s,
                        "The lint-ignore comment accepts '" + ignore[1] + "' without saying why.");
            }
        }
    }

    /** Each ignore comment above the statement as its words: the marker, the rule, the reason's first word... */
    private static List<String[]> ignores(LintStatement s) {
        List<String[]> out = new ArrayList<>();
        for (String line : s.comments().lines().toList()) {
            String text = line.strip().replaceFirst("^--\\s*", "-- ");
            if (text.toLowerCase(Locale.ROOT).startsWith(IGNORE)) {
                out.add(text.substring(3).split("\\s+", 3));
            }
        }
        return out;
    }
}
