package dev.migrate.script;

import static dev.migrate.script.ScriptMarkers.*;

import dev.migrate.graph.Revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the script format: a header of {@code -- key: value} lines, then the upgrade and downgrade sections. */
public final class ScriptParser {
    private static final Pattern HEADER_FIELD = Pattern.compile("^--\\s*([a-z][a-z-]*)\\s*:\\s*(.*)$");
    private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}");
    private static final String FORMAT_HINT =
            "A script starts with header lines such as '-- revision: 3f2a9c1e7b10' and "
                    + "'-- revises: 1a2b3c4d5e6f', then a line '" + UPGRADE + "', its SQL, a line '" + DOWNGRADE
                    + "' and the SQL that undoes it.";

    private ScriptParser() {}

    public static Script parse(Path file) {
        return parse(file.toString(), file.getFileName().toString(), ScriptText.read(file));
    }

    static Script parse(Path file, String text) {
        return parse(file.toString(), file.getFileName().toString(), text);
    }

    /** A script that is not a file of its own (a jar's entry): {@code file} names it in messages. */
    static Script parse(String file, String fileName, byte[] bytes) {
        return parse(file, fileName, ScriptText.decode(file, bytes));
    }

    static Script parse(String file, String fileName, String text) {
        if (text.isBlank()) {
            throw new ScriptFormatException(file, 0, "the file is empty", FORMAT_HINT);
        }
        String[] lines = text.split("\r?\n", -1);
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> fieldLines = new HashMap<>();
        int upgradeAt = -1;
        for (int k = 0; k < lines.length && upgradeAt < 0; k++) {
            String line = lines[k].strip();
            int lineNo = k + 1;
            if (line.equals(UPGRADE)) {
                upgradeAt = k;
            } else if (line.equals(DOWNGRADE)) {
                throw new ScriptFormatException(
                        file,
                        lineNo,
                        "'" + DOWNGRADE + "' comes before '" + UPGRADE + "'",
                        "Put the upgrade section first, then the downgrade section.");
            } else if (line.isEmpty()) {
                continue;
            } else if (!line.startsWith("--")) {
                boolean marked = Arrays.stream(lines).anyMatch(l -> l.strip().equals(UPGRADE));
                throw new ScriptFormatException(
                        file,
                        lineNo,
                        marked
                                ? "SQL before the '" + UPGRADE + "' line"
                                : "SQL without a '" + UPGRADE + "' line before it",
                        FORMAT_HINT);
            } else {
                readHeaderLine(file, lineNo, line, fields, fieldLines);
            }
        }
        if (upgradeAt < 0) {
            throw new ScriptFormatException(file, 0, "no '" + UPGRADE + "' line", FORMAT_HINT);
        }
        ScriptBody body = sections(file, lines, upgradeAt);
        return new Script(
                file,
                fileName,
                revision(file, fileName, fields, fieldLines),
                transactional(file, fields, fieldLines),
                body);
    }

    private static void readHeaderLine(
            String file, int lineNo, String line, Map<String, String> fields, Map<String, Integer> fieldLines) {
        Matcher m = HEADER_FIELD.matcher(line);
        if (!m.matches()) {
            return; // a free comment
        }
        String key = m.group(1);
        if (key.equals("migrate")) {
            throw new ScriptFormatException(
                    file,
                    lineNo,
                    "unknown marker '" + line + "'",
                    "The only markers are '" + UPGRADE + "' and '" + DOWNGRADE + "'.");
        }
        if (!HEADER_KEYS.contains(key)) {
            throw new ScriptFormatException(
                    file,
                    lineNo,
                    "unknown header field '" + key + "'",
                    "Header fields are: " + String.join(", ", HEADER_KEYS)
                            + ". Write free comments with a capital letter or without a colon.");
        }
        if (fields.putIfAbsent(key, m.group(2).strip()) != null) {
            throw new ScriptFormatException(
                    file,
                    lineNo,
                    "header field '" + key + "' is given twice (first at line " + fieldLines.get(key) + ")",
                    "Keep one of the two lines.");
        }
        fieldLines.put(key, lineNo);
    }

    private static Revision revision(
            String file, String name, Map<String, String> fields, Map<String, Integer> fieldLines) {
        String id = fields.get(REVISION);
        if (id == null || id.isEmpty()) {
            throw new ScriptFormatException(
                    file,
                    fieldLines.getOrDefault(REVISION, 0),
                    "no revision id in the header",
                    "Add a line '-- revision: <id>' (letters, digits, '_', '.', '-'; at most 32 characters) "
                            + "before '" + UPGRADE + "'.");
        }
        checkId(file, fieldLines.get(REVISION), REVISION, id);
        List<String> parents = ids(file, fields, fieldLines, REVISES);
        List<String> depends = ids(file, fields, fieldLines, DEPENDS_ON);
        List<String> labels = ids(file, fields, fieldLines, BRANCH_LABELS);
        List<String> replaces = ids(file, fields, fieldLines, REPLACES);
        return new Revision(
                id,
                parents,
                new LinkedHashSet<>(labels),
                depends,
                fields.getOrDefault(MESSAGE, ""),
                fields.getOrDefault(CREATED, ""),
                name,
                replaces);
    }

    private static List<String> ids(
            String file, Map<String, String> fields, Map<String, Integer> fieldLines, String key) {
        List<String> ids = list(fields.get(key));
        for (String id : ids) {
            checkId(file, fieldLines.get(key), key, id);
        }
        return ids;
    }

    /** Whether {@code name} can serve as a revision id or a branch label. */
    public static boolean isValidName(String name) {
        return REVISION_ID.matcher(name).matches();
    }

    private static void checkId(String file, int line, String key, String id) {
        if (!isValidName(id)) {
            throw new ScriptFormatException(
                    file,
                    line,
                    "'" + id + "' in '" + key + "' is not a revision id",
                    "A revision id has 1 to 32 letters, digits, '_', '.' or '-'; separate several with commas.");
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean transactional(String file, Map<String, String> fields, Map<String, Integer> fieldLines) {
        String value = fields.getOrDefault(TRANSACTIONAL, "true");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new ScriptFormatException(
                        file,
                        fieldLines.get(TRANSACTIONAL),
                        "'" + TRANSACTIONAL + "' must be true or false, not '" + value + "'",
                        "Write '-- transactional: false' to run the script outside a transaction.");
        };
    }

    private static ScriptBody sections(String file, String[] lines, int upgradeAt) {
        int downgradeAt = -1;
        for (int k = upgradeAt + 1; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.equals(UPGRADE)) {
                throw new ScriptFormatException(
                        file,
                        k + 1,
                        "a second '" + UPGRADE + "' line (first at line " + (upgradeAt + 1) + ")",
                        "A script has one upgrade and one downgrade section.");
            }
            if (line.equals(DOWNGRADE)) {
                if (downgradeAt >= 0) {
                    throw new ScriptFormatException(
                            file,
                            k + 1,
                            "a second '" + DOWNGRADE + "' line (first at line " + (downgradeAt + 1) + ")",
                            "A script has one upgrade and one downgrade section.");
                }
                downgradeAt = k;
            }
        }
        if (downgradeAt < 0) {
            throw new ScriptFormatException(
                    file,
                    0,
                    "no '" + DOWNGRADE + "' line",
                    "Add the line '" + DOWNGRADE + "' after the upgrade SQL, followed by the SQL that undoes it.");
        }
        String upgrade = String.join("\n", Arrays.copyOfRange(lines, upgradeAt + 1, downgradeAt));
        String downgrade = String.join("\n", Arrays.copyOfRange(lines, downgradeAt + 1, lines.length));
        return new ScriptBody(upgrade, upgradeAt + 2, downgrade, downgradeAt + 2);
    }
}
