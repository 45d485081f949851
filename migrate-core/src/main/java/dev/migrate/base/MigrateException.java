package dev.migrate.base;

import java.util.function.UnaryOperator;

/**
 * Base of every error the engine reports. The message is written for the user: it names the file, line or
 * setting at fault; {@link #remedy()} says how to fix it, as data that each front end puts in its own words.
 */
public class MigrateException extends RuntimeException {
    private String message;
    private Remedy remedy;
    private Throwable redactedCause;

    public MigrateException(String message, String hint) {
        this(message, hint, null);
    }

    public MigrateException(String message, String hint, Throwable cause) {
        this(message, Remedy.words(hint), cause);
    }

    /** An error whose message says it all. */
    public MigrateException(String message, Throwable cause) {
        this(message, (Remedy) null, cause);
    }

    public MigrateException(String message, Remedy remedy) {
        this(message, remedy, null);
    }

    public MigrateException(String message, Remedy remedy, Throwable cause) {
        super(message, cause);
        this.message = message;
        this.remedy = remedy;
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** How to fix the problem, or {@code null} when the message says it all. */
    public Remedy remedy() {
        return remedy;
    }

    /** {@link #remedy()} in the engine API's words, or {@code null}. */
    public String hint() {
        return remedy == null ? null : remedy.render(Remedy.API);
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
        remedy = remedy == null ? null : remedy.redacted(redaction);
        Throwable cause = super.getCause();
        if (cause != null && redactedCause == null) {
            redactedCause = RedactedThrowable.copy(cause, redaction);
        }
        return this;
    }
}
