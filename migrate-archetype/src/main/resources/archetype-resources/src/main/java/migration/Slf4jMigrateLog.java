package ${package}.migration;

import dev.migrate.base.MigrateLog;

import org.slf4j.Logger;

/** Sends migrate's progress messages to the application's log. */
class Slf4jMigrateLog implements MigrateLog {

    private final Logger log;

    Slf4jMigrateLog(Logger log) {
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
