package dev.migrate.script;

import dev.migrate.MigrateException;

import java.nio.file.Path;

/** A migration script that cannot be read: the message names the file and, where there is one, the line. */
public class ScriptFormatException extends MigrateException {
    private final Path file;
    private final int line;

    public ScriptFormatException(Path file, int line, String problem, String hint) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, hint);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The line at fault, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
