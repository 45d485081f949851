package dev.migrate.base;

import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * A copy of a throwable whose message (and whose causes' and suppressed throwables' messages) went through a
 * redaction, for errors from drivers that echo a URL or a password. Its message is the original's, redacted, so
 * that a message which quotes it still does (Maven leaves out a cause's message that the failure's message already
 * holds); its localized message and toString() name the original's class as well, for stack traces. A database error
 * stays an {@link SQLException} with its SQL state and vendor code, which callers decide by.
 */
public final class RedactedThrowable extends Exception {
    private final String originalClass;

    private RedactedThrowable(Throwable original, UnaryOperator<String> redaction) {
        super(redaction.apply(original.getMessage()), redactedCause(original, redaction), true, true);
        this.originalClass = original.getClass().getName();
        copyTrace(original, this, redaction);
    }

    /** {@code t} itself, redacted in place, if it is migrate's own error or already redacted; else a redacted copy. */
    public static Throwable copy(Throwable t, UnaryOperator<String> redaction) {
        if (t instanceof MigrateException m) {
            return m.redact(redaction);
        }
        if (t instanceof RedactedThrowable || t instanceof Sql) {
            return t;
        }
        if (t instanceof SQLException e) {
            return new Sql(e, redaction);
        }
        return new RedactedThrowable(t, redaction);
    }

    @Override
    public String getLocalizedMessage() {
        return named(originalClass, getMessage());
    }

    @Override
    public String toString() {
        return getLocalizedMessage();
    }

    private static String named(String originalClass, String message) {
        return message == null ? originalClass : originalClass + ": " + message;
    }

    private static Throwable redactedCause(Throwable original, UnaryOperator<String> redaction) {
        Throwable cause = original.getCause();
        return cause == null || cause == original ? null : copy(cause, redaction);
    }

    private static void copyTrace(Throwable original, Throwable copy, UnaryOperator<String> redaction) {
        copy.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, redaction));
        }
    }

    /** The redacted copy of a database error. */
    public static final class Sql extends SQLException {
        private final String originalClass;

        private Sql(SQLException original, UnaryOperator<String> redaction) {
            super(
                    redaction.apply(original.getMessage()),
                    original.getSQLState(),
                    original.getErrorCode(),
                    redactedCause(original, redaction));
            this.originalClass = original.getClass().getName();
            copyTrace(original, this, redaction);
        }

        @Override
        public String getLocalizedMessage() {
            return named(originalClass, getMessage());
        }

        @Override
        public String toString() {
            return getLocalizedMessage();
        }
    }
}
