package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** An engine given no log logs through System.Logger, which java.util.logging (the JDK's default) receives. */
class SystemLoggerTest {
    @TempDir
    Path dir;

    @Test
    void progressGoesToTheSystemLoggerNamedDevMigrate() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(
                migrations.resolve("r1.sql"),
                "-- revision: r1\n-- revises:\n-- message: create a\n\n-- migrate:upgrade\n"
                        + "CREATE TABLE a (id INTEGER PRIMARY KEY);\n-- migrate:downgrade\nDROP TABLE a;\n");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger jul = Logger.getLogger("dev.migrate");
        Level level = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try {
            new Migrate(MigrateConfig.builder(
                                    new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null), migrations)
                            .workDirectory(dir)
                            .build())
                    .upgrade("head");
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(level);
        }
        assertTrue(
                records.stream()
                        .anyMatch(r ->
                                r.getLevel() == Level.INFO && r.getMessage().contains("r1")),
                records.stream().map(LogRecord::getMessage).toList().toString());
    }
}
