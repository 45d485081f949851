package dev.migrate;

/**
 * Base of every error the engine reports. The message is written for the user: it names the file, line or
 * setting at fault; {@link #hint()} says how to fix it.
 */
public class MigrateException extends RuntimeException {
    private final String hint;

    public MigrateException(String message, String hint) {
        this(message, hint, null);
    }

    public MigrateException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** How to fix the problem, or {@code null} when the message says it all. */
    public String hint() {
        return hint;
    }
}
