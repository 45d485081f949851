package dev.migrate.script;

import dev.migrate.graph.Revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the last run learnt of each script file: its header and the checksum of its upgrade section, keyed by the
 * file's path, size and modification time (to the nanosecond where the file system keeps it). A file whose key
 * differs is parsed again; an entry is never trusted over its file. The index is rewritten, atomically, when
 * anything changed; an unreadable one is ignored and replaced. It is a cache: deleting it costs one slower run.
 */
final class ScriptIndex {
    private static final String VERSION = "migrate script index 2";

    private final Path file;
    private final Map<String, Entry> entries;
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean changed;

    /** One file: its key, and what parsing it gave. */
    record Entry(
            long size,
            long mtime,
            String id,
            List<String> parents,
            List<String> labels,
            List<String> dependsOn,
            String message,
            String created,
            boolean transactional,
            String checksum,
            List<String> replaces) {
        String line(String path) {
            return String.join(
                    "\t",
                    escape(path),
                    Long.toString(size),
                    Long.toString(mtime),
                    escape(id),
                    escape(String.join(",", parents)),
                    escape(String.join(",", labels)),
                    escape(String.join(",", dependsOn)),
                    escape(message),
                    escape(created),
                    Boolean.toString(transactional),
                    checksum,
                    escape(String.join(",", replaces)));
        }
    }

    private ScriptIndex(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static ScriptIndex open(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(VERSION)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split("\t", -1);
                        entries.put(
                                unescape(f[0]),
                                new Entry(
                                        Long.parseLong(f[1]),
                                        Long.parseLong(f[2]),
                                        unescape(f[3]),
                                        list(unescape(f[4])),
                                        list(unescape(f[5])),
                                        list(unescape(f[6])),
                                        unescape(f[7]),
                                        unescape(f[8]),
                                        Boolean.parseBoolean(f[9]),
                                        f[10],
                                        list(unescape(f[11]))));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // a damaged index is no index: every script is parsed and the index written anew
        }
        return new ScriptIndex(file, entries);
    }

    /** The script in {@code path}, from the index when its key matches, else parsed (and indexed). */
    Script script(Path path) {
        String key = path.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return ScriptParser.parse(path); // reports the file as the parser does
        }
        long size = attributes.size();
        long mtime = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Entry e = entries.get(key);
        if (e != null && e.size() == size && e.mtime() == mtime) {
            seen.put(key, e);
            Revision revision = new Revision(
                    e.id(),
                    e.parents(),
                    new LinkedHashSet<>(e.labels()),
                    e.dependsOn(),
                    e.message(),
                    e.created(),
                    path.getFileName().toString(),
                    e.replaces());
            return new Script(
                    key,
                    path.getFileName().toString(),
                    revision,
                    e.transactional(),
                    e.checksum(),
                    () -> ScriptParser.parse(path).body());
        }
        Script s = ScriptParser.parse(path);
        Revision r = s.revision();
        seen.put(
                key,
                new Entry(
                        size,
                        mtime,
                        r.id(),
                        r.parents(),
                        List.copyOf(r.branchLabels()),
                        r.dependsOn(),
                        r.message(),
                        r.created(),
                        s.transactional(),
                        s.checksum(),
                        r.replaces()));
        changed = true;
        return s;
    }

    /** Writes the index when a file was new, changed or gone; a failure to write costs only the next run's time. */
    void save() {
        if (!changed && seen.keySet().equals(entries.keySet())) {
            return;
        }
        List<String> lines = new ArrayList<>(seen.size() + 1);
        lines.add(VERSION);
        seen.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getValue().line(e.getKey())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".script-index", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written is a slower next run, not a failure of this one
        }
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
    }

    private static String escape(String s) {
        return s == null
                ? ""
                : s.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
