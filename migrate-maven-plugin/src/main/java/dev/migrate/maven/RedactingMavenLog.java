package dev.migrate.maven;

import dev.migrate.base.RedactedThrowable;
import org.apache.maven.plugin.logging.Log;

import java.util.function.UnaryOperator;

/** Maven's log for a goal, with every line and every throwable it is given redacted of the run's secrets first. */
final class RedactingMavenLog implements Log {
    private final Log log;
    private final UnaryOperator<String> redaction;

    RedactingMavenLog(Log log, UnaryOperator<String> redaction) {
        this.log = log;
        this.redaction = redaction;
    }

    private CharSequence r(CharSequence content) {
        return content == null ? null : redaction.apply(content.toString());
    }

    private Throwable r(Throwable error) {
        return error == null ? null : RedactedThrowable.copy(error, redaction);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(r(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(r(content), r(error));
    }

    @Override
    public void debug(Throwable error) {
        log.debug(r(error));
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(r(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(r(content), r(error));
    }

    @Override
    public void info(Throwable error) {
        log.info(r(error));
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(r(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(r(content), r(error));
    }

    @Override
    public void warn(Throwable error) {
        log.warn(r(error));
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(r(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(r(content), r(error));
    }

    @Override
    public void error(Throwable error) {
        log.error(r(error));
    }
}
