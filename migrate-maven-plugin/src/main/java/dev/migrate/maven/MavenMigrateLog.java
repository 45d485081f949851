package dev.migrate.maven;

import dev.migrate.base.MigrateLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log, written to Maven's. */
final class MavenMigrateLog implements MigrateLog {
    private final Log log;

    MavenMigrateLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
