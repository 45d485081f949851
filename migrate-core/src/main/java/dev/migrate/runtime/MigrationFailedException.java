package dev.migrate.runtime;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.script.Statement;

import java.sql.SQLException;

/**
 * A statement of a script, or a Java migration, failed; the message names the script, the statement's line and the
 * database's words (the migration's class and what it threw).
 */
public class MigrationFailedException extends MigrateException {
    private final Step step;
    private final Statement statement;

    MigrationFailedException(Step step, Statement statement, SQLException cause, Aftermath aftermath) {
        super(
                step.direction().word().substring(0, 1).toUpperCase()
                        + step.direction().word().substring(1)
                        + " of revision " + step.script().revision().describe() + " failed at "
                        + step.script().location() + ":" + statement.line() + ": " + cause.getMessage()
                        + System.lineSeparator() + "    " + abbreviate(statement.sql()) + System.lineSeparator()
                        + aftermath.text(),
                remedy(step, cause, aftermath),
                cause);
        this.step = step;
        this.statement = statement;
    }

    /** A Java migration threw. */
    MigrationFailedException(Step step, Throwable cause, Aftermath aftermath) {
        super(
                step.direction().word().substring(0, 1).toUpperCase()
                        + step.direction().word().substring(1)
                        + " of revision " + step.script().revision().describe() + " failed in the Java migration "
                        + step.script().location() + ": " + cause
                        + System.lineSeparator() + aftermath.text(),
                javaRemedy(step, aftermath),
                cause);
        this.step = step;
        this.statement = null;
    }

    private static Remedy javaRemedy(Step step, Aftermath aftermath) {
        String file = step.script().fileName();
        return aftermath.recovery() != null
                ? Remedy.of("Fix " + file + ". ", aftermath.recovery())
                : Remedy.of("Fix " + file + " and ", Remedy.RETRY, ".");
    }

    public Step step() {
        return step;
    }

    /** The statement that failed, or null when a Java migration did. */
    public Statement statement() {
        return statement;
    }

    private static Remedy remedy(Step step, SQLException cause, Aftermath aftermath) {
        String file = step.script().fileName();
        boolean partWay = aftermath.recovery() != null;
        Remedy fix;
        if (readOnly(cause)) {
            fix = Remedy.of("The database refused to write: it is read-only (the file's permissions, mode=ro in the "
                    + "URL, a read-only user or replica). Point migrate at a writable database.");
        } else if (partWay) {
            fix = Remedy.of("Fix the statement in " + file + ".");
        } else {
            fix = Remedy.of("Fix the statement in " + file + " and ", Remedy.RETRY, ".");
        }
        return partWay ? Remedy.of(fix, " ", aftermath.recovery()) : fix;
    }

    /** SQLite's SQLITE_READONLY, PostgreSQL's read-only transactions, MariaDB's --read-only. */
    private static boolean readOnly(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return "25006".equals(e.getSQLState()) || m.contains("readonly database") || m.contains("read-only");
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + " ..." : flat;
    }
}
