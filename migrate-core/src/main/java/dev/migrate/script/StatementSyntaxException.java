package dev.migrate.script;

import dev.migrate.base.MigrateException;

/** SQL that cannot be split into statements: a comment or quote that is never closed. */
public class StatementSyntaxException extends MigrateException {
    private final int line;
    private final String problem;

    public StatementSyntaxException(int line, String problem) {
        super("line " + line + ": " + problem, HINT);
        this.line = line;
        this.problem = problem;
    }

    static final String HINT = "Close it where it should end: the database would take everything after it as part "
            + "of it, so nothing of the script runs until it is closed.";

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
