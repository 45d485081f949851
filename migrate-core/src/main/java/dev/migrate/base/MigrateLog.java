package dev.migrate.base;

/** The engine's own small logger, so that it can run inside Maven, an application, or a test alike. */
public interface MigrateLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** What failed; a logger without an error level writes it as a warning. */
    default void error(String message) {
        warn(message);
    }

    /** The same log with every line starting with {@code prefix}: which tenant a line of a parallel run is about. */
    default MigrateLog prefixed(String prefix) {
        MigrateLog log = this;
        return new MigrateLog() {
            @Override
            public void info(String message) {
                log.info(prefix + message);
            }

            @Override
            public void warn(String message) {
                log.warn(prefix + message);
            }

            @Override
            public void error(String message) {
                log.error(prefix + message);
            }

            @Override
            public void debug(String message) {
                log.debug(prefix + message);
            }
        };
    }

    /** Through {@link System.Logger} {@code dev.migrate}: the default of an engine an application runs. */
    static MigrateLog system() {
        return new SystemLoggerLog("dev.migrate");
    }

    MigrateLog SILENT = new MigrateLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
    };
}
