package ${package};

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's application at a new, empty SQLite file: the application migrates it at start-up exactly as it
 * migrates todo.db, and the tests never touch todo.db.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path file = newFile();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    }

    private static Path newFile() {
        try {
            Path file = Files.createTempFile("todo-test-", ".db");
            file.toFile().deleteOnExit();
            file.resolveSibling(file.getFileName() + ".migrate-lock").toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
