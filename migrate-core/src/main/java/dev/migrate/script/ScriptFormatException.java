package dev.migrate.script;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;

import java.nio.file.Path;

/** A migration script that cannot be read: the message names the file and, where there is one, the line. */
public class ScriptFormatException extends MigrateException {
    private final Path file;
    private final int line;

    public ScriptFormatException(Path file, int line, String problem, String hint) {
        this(file, line, problem, Remedy.words(hint));
    }

    public ScriptFormatException(Path file, int line, String problem, Remedy remedy) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, remedy);
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
