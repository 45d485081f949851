package dev.migrate.maven;

import dev.migrate.base.MigrateLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log, written to Maven's; each line of a message with its level's prefix, so a block reads as one. */
final class MavenMigrateLog implements MigrateLog {
    private final Log log;

    MavenMigrateLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        message.lines().forEach(log::info);
    }

    @Override
    public void warn(String message) {
        message.lines().forEach(log::warn);
    }

    @Override
    public void error(String message) {
        message.lines().forEach(log::error);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
