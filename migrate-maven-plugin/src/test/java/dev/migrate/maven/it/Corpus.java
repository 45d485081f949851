package dev.migrate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bad-input corpus ITs (src/it/bad-input-*): each case is one Maven run that logs to {@code logs/<case>.log}
 * ({@code -l}); {@link #check} asserts, for every case, the expected lines of its one clear message, that it failed
 * (or passed) as expected, and that no stack trace and no crash of the goal shows. {@link #fingerprint} and
 * {@link #assertUntouched} check that the runs left every SQLite file under {@code db/} exactly as setup made it
 * (byte for byte; a database that did not exist still does not).
 */
public final class Corpus {
    private static final String FINGERPRINTS = "target/db-fingerprints.txt";

    private Corpus() {}

    /** One case: its name (the log file's), whether its run must fail, and the text its log must contain. */
    public static final class Case {
        final String name;
        final boolean fails;
        final List<String> expected;

        private Case(String name, boolean fails, List<String> expected) {
            this.name = name;
            this.fails = fails;
            this.expected = expected;
        }
    }

    public static Case fails(String name, String... expected) {
        return new Case(name, true, List.of(expected));
    }

    public static Case passes(String name, String... expected) {
        return new Case(name, false, List.of(expected));
    }

    /** Checks every case, and that the cases are exactly the runs that wrote a log. Reports all failures at once. */
    public static void check(File basedir, List<Case> cases) throws IOException {
        File logs = new File(basedir, "logs");
        TreeSet<String> logged = new TreeSet<>();
        for (String name : logs.list() == null ? new String[0] : logs.list()) {
            logged.add(name.replaceFirst("\\.log$", ""));
        }
        List<String> problems = new ArrayList<>();
        TreeSet<String> listed = new TreeSet<>();
        for (Case c : cases) {
            if (!listed.add(c.name)) {
                problems.add(c.name + ": listed twice");
            }
            File file = new File(logs, c.name + ".log");
            if (!file.isFile()) {
                problems.add(c.name + ": no run wrote logs/" + c.name + ".log (is it in invoker.properties?)");
                continue;
            }
            String log = Files.readString(file.toPath(), StandardCharsets.UTF_8);
            List<String> wrong = new ArrayList<>();
            if (c.fails != log.contains("BUILD FAILURE")) {
                wrong.add(c.fails ? "the build did not fail" : "the build failed");
            }
            for (String e : c.expected) {
                if (!log.contains(e)) {
                    wrong.add("missing: " + e);
                }
            }
            if (log.contains("\tat ") || log.contains("\n\tat ")) {
                wrong.add("a stack trace without -e");
            }
            if (log.contains("Execution default-cli of goal")) {
                wrong.add("the goal crashed (an exception that is not one of migrate's messages)");
            }
            if (log.contains("Exception:")) {
                wrong.add("an exception's class name shows");
            }
            if (!wrong.isEmpty()) {
                problems.add(c.name + ": " + String.join("; ", wrong) + "\n----- logs/" + c.name + ".log -----\n"
                        + errors(log));
            }
        }
        logged.removeAll(listed);
        for (String extra : logged) {
            problems.add(extra + ": ran, but has no expectation in verify.groovy");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " corpus case(s) wrong:\n\n" + String.join("\n\n", problems));
        }
    }

    /** The [ERROR] and [WARNING] lines of a log (the whole log when it has none). */
    private static String errors(String log) {
        StringBuilder b = new StringBuilder();
        for (String line : log.split("\r?\n")) {
            if (line.startsWith("[ERROR]") || line.startsWith("[WARNING]")) {
                b.append(line).append('\n');
            }
        }
        return b.length() == 0 ? log : b.toString();
    }

    /** Records the bytes of every file under {@code db/} (setup.groovy, after preparing the databases). */
    public static void fingerprint(File basedir) throws IOException {
        Path out = basedir.toPath().resolve(FINGERPRINTS);
        Files.createDirectories(out.getParent());
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : fingerprints(basedir).entrySet()) {
            b.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }

    /** Fails unless every file under {@code db/} is as {@link #fingerprint} found it, and none was added. */
    public static void assertUntouched(File basedir) throws IOException {
        String before = Files.readString(basedir.toPath().resolve(FINGERPRINTS), StandardCharsets.UTF_8);
        StringBuilder now = new StringBuilder();
        for (Map.Entry<String, String> e : fingerprints(basedir).entrySet()) {
            now.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        if (!before.contentEquals(now)) {
            throw new AssertionError(
                    "The failed runs changed the databases under db/.\nBefore:\n" + before + "After:\n" + now);
        }
    }

    /**
     * Each file under db/ and the SHA-256 of its bytes. migrate's lock files are left out, and so are empty rollback
     * journals (a journal that holds pages would mean an unfinished transaction, and counts).
     */
    private static Map<String, String> fingerprints(File basedir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path db = basedir.toPath().resolve("db");
        if (!Files.isDirectory(db)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(db)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = db.relativize(p).toString();
                if (!name.endsWith(".migrate-lock") && !(name.endsWith("-journal") && Files.size(p) == 0)) {
                    out.put(name, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
