package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.ScriptFormatException;
import dev.migrate.script.Statement;
import dev.migrate.script.StatementSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SQL of one step: the script's section (none for a Java migration), then the version-table bookkeeping.
 * Shared by online and offline runs.
 */
final class StepSql {
    private StepSql() {}

    /** The step's statements; a comment or quote its script never closes is reported with the file and line. */
    static List<Statement> body(Step step, Dialect dialect) {
        if (step.script().isJava()) {
            return List.of();
        }
        try {
            return step.direction() == Direction.UPGRADE
                    ? step.script().body().upgradeStatements(dialect.splitter())
                    : step.script().body().downgradeStatements(dialect.splitter());
        } catch (StatementSyntaxException e) {
            throw new ScriptFormatException(step.script().location(), e.line(), e.problem(), e.remedy());
        }
    }

    static List<String> bookkeeping(
            Step step, VersionTable versions, Set<String> before, Set<String> after, Long durationMs) {
        List<String> sql = new ArrayList<>(versions.updateStatements(before, after));
        String checksum = step.direction() == Direction.UPGRADE ? step.script().checksum() : null;
        sql.add(versions.historyInsert(step.id(), step.direction().word(), checksum, durationMs));
        return sql;
    }

    static String arrow(Step step, Set<String> before, Set<String> after) {
        return title(step, before, after) + " [" + step.script() + "]";
    }

    /** "Upgrade 3f2a -> 9c1e: add index". */
    static String title(Step step, Set<String> before, Set<String> after) {
        String from = before.isEmpty() ? "base" : String.join(", ", before);
        String to = after.isEmpty() ? "base" : String.join(", ", after);
        return (step.direction() == Direction.UPGRADE ? "Upgrade " : "Downgrade ") + from + " -> " + to + ": "
                + step.script().revision().message();
    }
}
