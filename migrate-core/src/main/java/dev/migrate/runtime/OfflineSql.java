package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Range;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Targets;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Statement;

import java.util.List;
import java.util.Set;

/**
 * Renders a plan as the SQL a live run would execute, version-table statements included, without a database:
 * for review, or for a DBA to run.
 */
public final class OfflineSql {
    private OfflineSql() {}

    /**
     * The SQL a run over {@code range} ("to" from base or from the heads, or "from:to") would execute, without a
     * database: {@code up} for an upgrade (to {@code defaultTarget} when no range is given), else a downgrade.
     */
    public static String render(
            ScriptDirectory s,
            Dialect dialect,
            VersionTable versions,
            TransactionMode mode,
            String range,
            String defaultTarget,
            boolean up) {
        String heads = up ? "base" : "heads";
        Range r = Range.parse(range == null || range.isBlank() ? defaultTarget : range, heads);
        Targets targets = new Targets(s.graph());
        AppliedState start = AppliedState.of(
                s.graph(), s.graph().headsOf(s.graph().ancestorsOrSelf(targets.resolve(r.fromOr(heads), Set.of()))));
        Set<String> to = targets.resolve(r.toOr(defaultTarget), start.heads());
        List<Step> steps = up ? Planner.upgrade(s, start, to) : Planner.downgrade(s, start, to);
        return render(
                dialect, versions, s.graph(), start, steps, mode, "migrate " + (up ? "upgrade " : "downgrade ") + r);
    }

    /**
     * The SQL of the steps from where the database is ({@code current}, its version table's rows) to {@code target}:
     * only the pending ones, as the first comment line says.
     */
    public static String fromCurrent(
            ScriptDirectory s,
            Dialect dialect,
            VersionTable versions,
            TransactionMode mode,
            Set<String> current,
            String target) {
        AppliedState start = AppliedState.of(s.graph(), current);
        Set<String> to = new Targets(s.graph()).resolve(target, start.heads());
        List<Step> steps = Planner.upgrade(s, start, to);
        String at = current.isEmpty() ? "base" : String.join(", ", current);
        String sql = render(
                dialect,
                versions,
                s.graph(),
                start,
                steps,
                mode,
                "migrate upgrade " + at + ":" + target + ", the " + steps.size()
                        + " pending step(s) from the database's current revision");
        if (start.heads().equals(current)) {
            return sql;
        }
        // the rows name a revision a squash replaced: they are pointed at its baseline first, as a run would
        StringBuilder squashed =
                new StringBuilder("-- The database is at " + at + ", which a squash replaced: record it at "
                        + String.join(", ", start.heads()) + ", the squash's baseline\n");
        for (String statement : versions.updateStatements(current, start.heads())) {
            squashed.append(statement).append(";\n");
        }
        int body = sql.indexOf("\n\n") + 2;
        return sql.substring(0, body) + squashed + "\n" + sql.substring(body);
    }

    public static String render(
            Dialect dialect,
            VersionTable versions,
            RevisionGraph graph,
            AppliedState start,
            List<Step> steps,
            TransactionMode mode,
            String title) {
        StringBuilder out = new StringBuilder();
        out.append("-- ").append(title).append(" (").append(dialect.name()).append(")\n\n");
        if (start.isBase()) {
            for (String sql : versions.createStatements()) {
                out.append(sql).append(";\n");
            }
            out.append('\n');
        }
        boolean single = mode == TransactionMode.ALL;
        if (single) {
            out.append(dialect.beginTransaction()).append(";\n\n");
        }
        HeadTracker heads = new HeadTracker(graph, start);
        for (Step step : steps) {
            Set<String> before = heads.heads();
            Set<String> after = heads.after(step);
            out.append("-- ").append(StepSql.arrow(step, before, after)).append('\n');
            boolean ownTransaction = !single && step.script().transactional();
            if (ownTransaction) {
                out.append(dialect.beginTransaction()).append(";\n");
            }
            if (step.script().isJava()) {
                out.append(javaStep(step));
            }
            for (Statement statement : StepSql.body(step, dialect)) {
                if (!statement.comments().isEmpty()) {
                    out.append(statement.comments()).append('\n');
                }
                out.append(dialect.terminated(statement.sql())).append('\n');
            }
            for (String sql : StepSql.bookkeeping(step, versions, before, after, null)) {
                out.append(sql).append(";\n");
            }
            if (ownTransaction) {
                out.append("COMMIT;\n");
            }
            out.append('\n');
            heads.move(step, after);
        }
        if (single) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    /** Said where the step's SQL would be, so that nobody runs the bookkeeping below it believing the step ran. */
    private static String javaStep(Step step) {
        return "-- NOT PREVIEWABLE: this step is the Java migration "
                + step.script().location()
                + " (version " + step.script().javaHeader().version() + "); its "
                + step.direction().word() + " runs in code, so there is no SQL to show here.\n"
                + "-- Run it with migrate's upgrade or downgrade, or do what it does by hand before the statements "
                + "below record it as done.\n";
    }
}
