package dev.migrate.script;

/**
 * One SQL statement of a script, without its terminating semicolon, and the line of the file it starts on.
 * {@code comments} holds the comment lines written just above it, kept so that rendered SQL stays reviewable.
 */
public record Statement(String sql, int line, String comments) {
    public Statement(String sql, int line) {
        this(sql, line, "");
    }
}
