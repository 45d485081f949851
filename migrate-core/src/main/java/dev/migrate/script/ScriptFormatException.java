package dev.migrate.script;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;

/** A migration script that cannot be read: the message names the file and, where there is one, the line. */
public class ScriptFormatException extends MigrateException {
    private final String file;
    private final int line;

    public ScriptFormatException(String file, int line, String problem, String hint) {
        this(file, line, problem, Remedy.words(hint));
    }

    /** @param file the script as messages name it: its path, or its classpath resource */
    public ScriptFormatException(String file, int line, String problem, Remedy remedy) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, remedy);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line at fault, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
