package dev.migrate.base;

import java.util.function.UnaryOperator;

/** A log whose every line goes through a redaction first, so that no secret reaches it in any message. */
public final class RedactingLog implements MigrateLog {
    private final MigrateLog log;
    private final UnaryOperator<String> redaction;

    public RedactingLog(MigrateLog log, UnaryOperator<String> redaction) {
        this.log = log;
        this.redaction = redaction;
    }

    @Override
    public void info(String message) {
        log.info(redaction.apply(message));
    }

    @Override
    public void warn(String message) {
        log.warn(redaction.apply(message));
    }

    @Override
    public void error(String message) {
        log.error(redaction.apply(message));
    }

    @Override
    public void debug(String message) {
        log.debug(redaction.apply(message));
    }
}
