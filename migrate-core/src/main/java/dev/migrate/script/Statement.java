package dev.migrate.script;

/** One SQL statement of a script, without its terminating semicolon, and the line of the file it starts on. */
public record Statement(String sql, int line) {
}
