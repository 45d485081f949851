package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Soak;
import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Property-based tests of the script format with a seeded generator (replay with {@code -Dmigrate.seed=<seed>}; more
 * cases under {@code -Dmigrate.soak=true}). Generated scripts parse back into exactly what was written, whatever
 * the line endings, byte-order mark, free comments and SQL; mutated and corrupted files (lines dropped, doubled,
 * swapped or replaced, bytes flipped, text cut short) either still parse or fail with a {@link ScriptFormatException}
 * naming the file and a line that exists, never with any other error and never slowly.
 */
class ScriptParserFuzzTest {
    private static final int CASES = Soak.trials("fuzz", 3_000, 200_000);
    private static final Path FILE = Path.of("migrations", "20261124_fuzz.sql");

    @Test
    void generatedScriptsParseBackToWhatWasWritten() {
        long seed = Soak.seed(77L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                Written w = write(random);
                String context = "seed " + (seed + k) + ", script:\n" + w.text;
                Script script;
                try {
                    script = ScriptParser.parse(FILE, ScriptText.decode(FILE, w.bytes()));
                } catch (RuntimeException e) {
                    throw new AssertionError("a well-formed script was refused: " + context, e);
                }
                Revision r = script.revision();
                assertEquals(w.id, r.id(), context);
                assertEquals(w.parents, r.parents(), context);
                assertEquals(w.message.strip(), r.message(), context);
                assertEquals(w.transactional, script.transactional(), context);
                StatementSplitter splitter = w.dialect.splitter;
                assertEquals(w.upgrade, sql(script.body().upgradeStatements(splitter)), context);
                assertEquals(w.downgrade, sql(script.body().downgradeStatements(splitter)), context);
                for (Statement s : script.body().upgradeStatements(splitter)) {
                    assertTrue(
                            w.text.split("\r?\n", -1)[s.line() - 1].contains(
                                    s.sql().lines().findFirst().orElseThrow()),
                            "statement line " + s.line() + ": " + context);
                }
                String reformatted = w.text.replace("\r\n", "\n").replace("\n", "  \r\n");
                assertEquals(
                        script.body().checksum(),
                        ScriptParser.parse(FILE, reformatted).body().checksum(),
                        "the checksum ignores line endings and trailing blanks: " + context);
            }
        });
    }

    @Test
    void corruptedScriptsParseOrFailWithTheFileAndALine() {
        long seed = Soak.seed(99L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                byte[] bytes = corrupt(random, write(random));
                String context = "seed " + (seed + k) + ", file:\n" + new String(bytes, StandardCharsets.UTF_8);
                int lines = 1;
                for (byte b : bytes) {
                    lines += b == '\n' ? 1 : 0;
                }
                try {
                    ScriptParser.parse(FILE, ScriptText.decode(FILE, bytes));
                } catch (ScriptFormatException e) {
                    assertTrue(
                            e.getMessage().startsWith(FILE + (e.line() > 0 ? ":" + e.line() + ": " : ": ")),
                            e.getMessage() + " / " + context);
                    assertTrue(
                            e.line() >= 0 && e.line() <= lines, "line " + e.line() + " of " + lines + ": " + context);
                    assertTrue(e.hint() != null && !e.hint().isBlank(), "a hint: " + context);
                } catch (RuntimeException e) {
                    throw new AssertionError("not a ScriptFormatException: " + context, e);
                }
            }
        });
    }

    private static List<String> sql(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }

    /** A generated script and what it says. */
    private record Written(
            String text,
            boolean bom,
            String id,
            List<String> parents,
            String message,
            boolean transactional,
            StatementSplitterFuzzTest.Lexing dialect,
            List<String> upgrade,
            List<String> downgrade) {
        byte[] bytes() {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            if (!bom) {
                return body;
            }
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
    }

    private static Written write(Random random) {
        StatementSplitterFuzzTest.Lexing dialect = StatementSplitterFuzzTest.Lexing.any(random);
        StatementSplitterFuzzTest.Gen gen = new StatementSplitterFuzzTest.Gen(random, dialect);
        String id = random.nextBoolean()
                ? String.format("%012x", random.nextLong() & 0xffffffffffffL)
                : gen.word() + pick(random, "", "_v2", "-x", ".1");
        List<String> parents = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            parents.add(String.format("%012x", random.nextLong() & 0xffffffffffffL));
        }
        String message = pick(
                random,
                "",
                "add todos",
                "  spaces around  ",
                "colons: in it: fine",
                "-- dashes --",
                "émoji \uD83D\uDE00",
                "semicolon; and 'quotes'");
        boolean transactional = random.nextInt(4) != 0;
        List<String> header = new ArrayList<>();
        header.add("-- revision: " + id);
        header.add("-- revises: " + String.join(pick(random, ", ", ",", " "), parents));
        header.add("-- message: " + message);
        if (random.nextBoolean()) {
            header.add("-- created: 2026-11-24T15:32:10Z");
        }
        if (!transactional || random.nextBoolean()) {
            header.add("-- transactional: " + transactional);
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            header.add(
                    random.nextInt(header.size() + 1),
                    pick(
                            random,
                            "",
                            "--",
                            "-- Free comment: with a colon",
                            "-- a note without colon",
                            "--- three dashes",
                            "   ",
                            "-- TODO: later"));
        }
        List<String> up = statements(random, gen);
        List<String> down = statements(random, gen);
        String nl = random.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder();
        for (String line : header) {
            text.append(line).append(nl);
        }
        text.append(pick(random, "", nl))
                .append(pick(random, "-- migrate:upgrade", "  -- migrate:upgrade  "))
                .append(nl);
        text.append(section(up, nl, random));
        text.append(ScriptMarkers.DOWNGRADE).append(nl);
        text.append(section(down, nl, random));
        return new Written(
                text.toString(), random.nextInt(5) == 0, id, parents, message, transactional, dialect, up, down);
    }

    private static List<String> statements(Random random, StatementSplitterFuzzTest.Gen gen) {
        List<String> out = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            String s = gen.topLevel();
            // the script format is line-based: a line that is a marker ends the section, even inside a literal
            if (!s.contains(ScriptMarkers.UPGRADE) && !s.contains(ScriptMarkers.DOWNGRADE) && !s.contains("\r")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String section(List<String> statements, String nl, Random random) {
        StringBuilder b = new StringBuilder();
        for (String s : statements) {
            b.append(s.replace("\n", nl)).append(';').append(nl).append(pick(random, "", nl, "-- note" + nl));
        }
        return b.toString();
    }

    private static byte[] corrupt(Random random, Written w) {
        List<String> lines = new ArrayList<>(Arrays.asList(w.text.split("\n", -1)));
        String[] junk = {
            "-- revision:",
            "-- revision: two words",
            "-- revisons: abc",
            "-- migrate:upgrade",
            "-- migrate:downgrade",
            "-- migrate:upgrades",
            "-- transactional: maybe",
            "-- revises: bad id!",
            "SELECT 1;",
            "",
            "-- depends-on: ,,",
            "-- branch-labels: x y",
            "-- message:",
            "\uFEFF-- revision: x",
            "-- created: yesterday",
            "-- revision: " + "x".repeat(40),
            "-- Revision: capital"
        };
        for (int m = 1 + random.nextInt(3); m > 0 && !lines.isEmpty(); m--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.add(at, junk[random.nextInt(junk.length)]);
                case 3 -> lines.set(at, junk[random.nextInt(junk.length)]);
                case 4 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                default -> lines.subList(at, lines.size()).clear();
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) { // flip bytes: often no longer UTF-8
            for (int f = 1 + random.nextInt(3); f > 0; f--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        if (random.nextInt(20) == 0) {
            bytes = new byte[random.nextInt(4)];
        }
        return bytes;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
