package dev.migrate.base;

/**
 * The engine's log through {@link System.Logger} (logger {@code dev.migrate}), which an application's logging picks
 * up: java.util.logging by default, SLF4J and Logback through their {@code System.LoggerFinder} bridges. The engine
 * redacts passwords before a line reaches any log.
 */
final class SystemLoggerLog implements MigrateLog {
    private final System.Logger logger;

    SystemLoggerLog(String name) {
        this.logger = System.getLogger(name);
    }

    @Override
    public void info(String message) {
        logger.log(System.Logger.Level.INFO, message);
    }

    @Override
    public void warn(String message) {
        logger.log(System.Logger.Level.WARNING, message);
    }

    @Override
    public void error(String message) {
        logger.log(System.Logger.Level.ERROR, message);
    }

    @Override
    public void debug(String message) {
        logger.log(System.Logger.Level.DEBUG, message);
    }
}
