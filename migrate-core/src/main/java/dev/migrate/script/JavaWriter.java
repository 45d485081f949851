package dev.migrate.script;

import dev.migrate.base.MigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes the skeleton of a new {@link JavaMigration}: its header as the annotation, both methods to fill in. */
final class JavaWriter {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private JavaWriter() {}

    static Path write(Path sourceRoot, String packageName, String fileTemplate, NewRevision r) {
        if (packageName == null || !PACKAGE.matcher(packageName).matches()) {
            throw new MigrateException(
                    "'" + packageName + "' is not a Java package for the new migration",
                    "Name a package such as db.migrations: the classpath location classpath:db/migrations holds "
                            + "its classes.");
        }
        String className = className(fileTemplate, r);
        Path directory = sourceRoot.resolve(packageName.replace('.', '/'));
        Path file = directory.resolve(className + ".java");
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    file, content(packageName, className, r), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrateException(
                    "Cannot write " + file + ": the file exists already", "Choose another revision id or message.");
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot write " + file + ": " + e.getMessage(), "Check that the source directory is writable.", e);
        }
        return file;
    }

    static String className(String fileTemplate, NewRevision r) {
        String name = ScriptWriter.fileName(fileTemplate, r);
        name = name.substring(0, name.length() - ".sql".length()).replaceAll("[^A-Za-z0-9_]", "_");
        return "R" + name;
    }

    static String content(String packageName, String className, NewRevision r) {
        StringBuilder header = new StringBuilder();
        header.append("revision = ").append(quoted(r.id()));
        header.append(",\n        revises = ").append(array(r.parents()));
        if (!r.branchLabels().isEmpty()) {
            header.append(",\n        branchLabels = ").append(array(List.copyOf(r.branchLabels())));
        }
        if (!r.dependsOn().isEmpty()) {
            header.append(",\n        dependsOn = ").append(array(r.dependsOn()));
        }
        String message =
                r.message() == null ? "" : r.message().replaceAll("\\s+", " ").strip();
        header.append(",\n        message = ").append(quoted(message));
        header.append(",\n        created = ")
                .append(quoted(r.created().truncatedTo(ChronoUnit.SECONDS).toString()));
        if (!r.transactional()) {
            header.append(",\n        transactional = false");
        }
        return """
                package %s;

                import dev.migrate.script.JavaMigration;
                import dev.migrate.script.Migration;
                import dev.migrate.script.MigrationContext;

                import java.sql.Connection;

                /** %s */
                @Migration(
                        %s)
                public class %s implements JavaMigration {
                    @Override
                    public void upgrade(MigrationContext context) throws Exception {
                        Connection connection = context.connection();
                        // the step's transaction: migrate commits it with the version table, or rolls it back
                    }

                    @Override
                    public void downgrade(MigrationContext context) throws Exception {
                        Connection connection = context.connection();
                        // undo what upgrade did
                    }
                }
                """.formatted(
                        packageName,
                        message.isEmpty() ? "A migration written in Java." : message.replace("*/", "* /"),
                        header,
                        className);
    }

    private static String array(List<String> values) {
        if (values.size() == 1) {
            return quoted(values.get(0));
        }
        return values.stream().map(JavaWriter::quoted).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
