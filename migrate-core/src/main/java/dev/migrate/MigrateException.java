package dev.migrate;

import java.util.function.UnaryOperator;

/**
 * Base of every error the engine reports. The message is written for the user: it names the file, line or
 * setting at fault; {@link #hint()} says how to fix it.
 */
public class MigrateException extends RuntimeException {
    private String message;
    private String hint;
    private Throwable redactedCause;

    public MigrateException(String message, String hint) {
        this(message, hint, null);
    }

    public MigrateException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.message = message;
        this.hint = hint;
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** How to fix the problem, or {@code null} when the message says it all. */
    public String hint() {
        return hint;
    }

    @Override
    public synchronized Throwable getCause() {
        return redactedCause != null ? redactedCause : super.getCause();
    }

    /**
     * Rewrites the message, the hint and every cause's message with {@code redaction}, so that however this error
     * is shown (a message, a stack trace) it holds no secret; the causes become {@link RedactedThrowable} copies.
     */
    public synchronized MigrateException redact(UnaryOperator<String> redaction) {
        message = redaction.apply(message);
        hint = redaction.apply(hint);
        Throwable cause = super.getCause();
        if (cause != null && redactedCause == null) {
            redactedCause = RedactedThrowable.copy(cause, redaction);
        }
        return this;
    }
}
