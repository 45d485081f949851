package dev.migrate.script;

import static dev.migrate.script.ScriptMarkers.*;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Writes new script files, named by a template such as {@code {date}_{time}_{rev}_{slug}}. */
public final class ScriptWriter {
    public static final String DEFAULT_FILE_TEMPLATE = "{date}_{time}_{rev}_{slug}";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private ScriptWriter() {}

    public static Path write(Path directory, String fileTemplate, NewRevision r) {
        String name = fileName(fileTemplate, r);
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new MigrateException(
                    "The file template '" + fileTemplate + "' makes the file name '" + name
                            + "', which is not a script in the migrations directory " + directory,
                    Remedy.of(
                            "A file template (",
                            Remedy.name(Setting.FILE_TEMPLATE),
                            ") builds a plain file name "
                                    + "from {date}, {time}, {epoch}, {rev} and {slug}, without '/', '\\' or a leading '.'; the "
                                    + "default is " + DEFAULT_FILE_TEMPLATE + "."));
        }
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, content(r), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrateException(
                    "Cannot write " + file + ": the file exists already", "Choose another revision id or message.");
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot write " + file + ": " + e.getMessage(),
                    "Check that the migrations directory is writable.",
                    e);
        }
        return file;
    }

    static String fileName(String template, NewRevision r) {
        String name = template.replace("{date}", DATE.format(r.created()))
                .replace("{time}", TIME.format(r.created()))
                .replace("{epoch}", Long.toString(r.created().getEpochSecond()))
                .replace("{rev}", r.id())
                .replace("{slug}", slug(r.message()));
        name = name.replaceAll("_+$", "").replaceAll("^_+", "");
        return name + ".sql";
    }

    static String slug(String message) {
        String s = message == null ? "" : message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("_+$", "") : s;
    }

    static String content(NewRevision r) {
        StringBuilder b = new StringBuilder();
        field(b, REVISION, r.id());
        field(b, REVISES, String.join(", ", r.parents()));
        if (!r.branchLabels().isEmpty()) {
            field(b, BRANCH_LABELS, String.join(", ", r.branchLabels()));
        }
        if (!r.dependsOn().isEmpty()) {
            field(b, DEPENDS_ON, String.join(", ", r.dependsOn()));
        }
        field(
                b,
                MESSAGE,
                r.message() == null ? "" : r.message().replaceAll("\\s+", " ").strip());
        field(b, CREATED, r.created().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!r.transactional()) {
            field(b, TRANSACTIONAL, "false");
        }
        if (!r.replaces().isEmpty()) {
            field(b, REPLACES, String.join(", ", r.replaces()));
        }
        b.append('\n').append(UPGRADE).append('\n');
        section(b, r.upgradeSql());
        b.append('\n').append(DOWNGRADE).append('\n');
        section(b, r.downgradeSql());
        return b.toString();
    }

    private static void field(StringBuilder b, String key, String value) {
        b.append("-- ").append(key).append(':');
        if (!value.isEmpty()) {
            b.append(' ').append(value);
        }
        b.append('\n');
    }

    private static void section(StringBuilder b, String sql) {
        if (sql != null && !sql.isBlank()) {
            b.append(sql.strip()).append('\n');
        }
    }
}
