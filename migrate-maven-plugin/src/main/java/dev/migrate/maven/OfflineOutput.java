package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Where offline SQL goes: a file, or standard output as plain text (not through the log, so that
 * {@code mvn -q ... -Dmigrate.sql > upgrade.sql} gives a clean script).
 */
final class OfflineOutput {
    private final Log log;
    private final File file;

    OfflineOutput(Log log, File file) {
        this.log = log;
        this.file = file;
    }

    void write(String sql) throws MojoFailureException {
        if (file == null) {
            System.out.print(sql);
            System.out.flush();
            return;
        }
        try {
            if (file.getParentFile() != null) {
                Files.createDirectories(file.getParentFile().toPath());
            }
            Files.writeString(file.toPath(), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.SQL_OUTPUT,
                    "cannot write " + file + ": " + e.getMessage(),
                    "Choose a writable path.");
        }
        log.info("Wrote the SQL to " + file);
    }
}
