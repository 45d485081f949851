package dev.migrate.script;

import dev.migrate.Soak;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based tests of the statement splitter with a seeded generator (replay a failure with
 * {@code -Dmigrate.seed=<seed>}; {@code -Dmigrate.soak=true} runs many more cases from a random seed).
 * <ul>
 * <li>Well-formed SQL: statements built from literals, quoted identifiers, comments, dollar-quoted bodies, E'' strings,
 * and trigger/procedure bodies with nested BEGIN, CASE, IF, WHILE, LOOP, REPEAT, joined by assorted separators,
 * split back into exactly those statements, each on the line it starts on.</li>
 * <li>Any text at all: the splitter terminates quickly, never throws, returns statements that are pieces of the
 * input, and its output round-trips: joining the statements with ";\n" and splitting again gives them back.</li>
 * </ul>
 */
class StatementSplitterFuzzTest {
    private static final int CASES = Soak.trials("fuzz", 3_000, 200_000);
    private static final Set<String> KEYWORDS = Set.of("BEGIN", "END", "CASE", "IF", "LOOP", "WHILE", "REPEAT",
            "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT", "CREATE", "E", "DO", "THEN", "ELSE", "WHEN", "UNTIL");

    @Test
    void wellFormedStatementsSplitBackExactly() {
        long seed = Soak.seed(20261124L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                boolean mysql = random.nextBoolean();
                Gen gen = new Gen(random, mysql);
                int count = 1 + random.nextInt(6);
                List<String> statements = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                StringBuilder text = new StringBuilder(gen.leading());
                int firstLine = 1 + random.nextInt(50);
                for (int s = 0; s < count; s++) {
                    String statement = gen.topLevel();
                    statements.add(statement);
                    lines.add(firstLine + count(text, '\n'));
                    text.append(statement);
                    text.append(s < count - 1 || random.nextBoolean() ? gen.separator() : gen.trailer());
                }
                List<Statement> split = new StatementSplitter(mysql).split(text.toString(), firstLine);
                String context = "seed " + (seed + k) + (mysql ? " (backslash escapes)" : "") + ", text:\n" + text;
                assertEquals(statements, split.stream().map(Statement::sql).toList(), context);
                assertEquals(lines, split.stream().map(Statement::line).toList(), context);
            }
        });
    }

    @Test
    void anyTextSplitsWithoutErrorAndRoundTrips() {
        long seed = Soak.seed(424242L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                boolean mysql = random.nextBoolean();
                String text = garbage(random);
                String context = "seed " + (seed + k) + (mysql ? " (backslash escapes)" : "") + ", text:\n" + text;
                StatementSplitter splitter = new StatementSplitter(mysql);
                List<Statement> split;
                try {
                    split = splitter.split(text, 1);
                } catch (RuntimeException e) {
                    throw new AssertionError("the splitter threw on " + context, e);
                }
                int previousLine = 1;
                int lines = 1 + count(text, '\n');
                for (Statement s : split) {
                    assertTrue(!s.sql().isEmpty() && s.sql().equals(s.sql().strip()), "stripped, not empty: " + context);
                    assertTrue(text.contains(s.sql()), "a piece of the input: " + context);
                    assertTrue(s.line() >= previousLine && s.line() <= lines, "line " + s.line() + ": " + context);
                    previousLine = s.line();
                }
                List<String> sql = split.stream().map(Statement::sql).toList();
                List<String> again = splitter.split(String.join(";\n", sql), 1).stream().map(Statement::sql).toList();
                if (!sql.equals(again)) {
                    fail("joining the statements with \";\\n\" and splitting again changed them: " + context
                            + "\nfirst split: " + sql + "\nsecond split: " + again);
                }
            }
        });
    }

    /** Text from the characters and words that drive the splitter's states, in any order. */
    static String garbage(Random random) {
        String[] pieces = {"'", "\"", "`", "$", "$$", "$a$", "$1", ";", ";", ";", "--", "-", "/*", "*/", "/", "*",
                "\n", "\n", "\r\n", "\\", "E'", "e'", " ", " ", " ", "\t", "BEGIN", "END", "CASE", "IF", "LOOP",
                "WHILE", "REPEAT", "CREATE", "TRIGGER", "PROCEDURE", "FUNCTION", "TABLE", "SELECT", "x", "_y1",
                "42", "(", ")", ",", "é", "\uD83D\uDE00", "\u0000", "END IF", "END CASE", "''", "\"\"", "--;\n"};
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(80);
        for (int k = 0; k < n; k++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    private static int count(CharSequence s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }

    /** Generates well-formed statements: what each one is split into is known. */
    static final class Gen {
        private final Random random;
        private final boolean mysql;

        Gen(Random random, boolean mysql) {
            this.random = random;
            this.mysql = mysql;
        }

        String leading() {
            return pick("", "", "\n", "  \n\n", "-- a comment; with a semicolon\n", "/* block; comment */\n");
        }

        String separator() {
            return pick(";", ";\n", " ;\n\n", ";\n-- note; not a statement\n", ";\n/* c; */\n", ";;\n", ";\n;\n",
                    "; -- trailing; comment\n", ";/* x */", ";\r\n");
        }

        String trailer() {
            return pick("", "\n", "\n-- the end; really\n", "\n/* done */", "  ");
        }

        String topLevel() {
            return switch (random.nextInt(10)) {
                case 0, 1 -> block();
                case 2 -> "DO " + dollar();
                default -> plain();
            };
        }

        /** A statement outside any block: a leading verb, then tokens. */
        String plain() {
            String verb = pick("SELECT", "INSERT INTO t VALUES", "UPDATE t SET", "DELETE FROM", "ALTER TABLE t ADD",
                    "DROP TABLE", "CREATE TABLE t", "CREATE INDEX i ON t", "CREATE VIEW v AS SELECT",
                    "CREATE UNIQUE INDEX u ON t");
            return verb + tokens(1 + random.nextInt(10));
        }

        private String tokens(int n) {
            StringBuilder b = new StringBuilder();
            String last = "";
            for (int k = 0; k < n; k++) {
                last = token();
                b.append(space()).append(last);
            }
            if (last.startsWith("/*")) { // a statement ends with code: a comment after it is not part of it
                b.append(space()).append(word());
            }
            if (random.nextInt(4) == 0) { // a line comment inside, never last
                b.append(" -- inside; ").append(word()).append('\n').append(word());
            }
            return b.toString();
        }

        private String space() {
            return pick(" ", " ", " ", "\n", "\n  ", "\t");
        }

        private String token() {
            return switch (random.nextInt(12)) {
                case 0 -> "'" + literal('\'') + "'";
                case 1 -> "\"" + literal('"') + "\"";
                case 2 -> "`" + literal('`') + "`";
                case 3 -> "/*" + text().replace("*/", "* /") + "*/";
                case 4 -> dollar();
                case 5 -> "E'" + escaped() + "'";
                case 6 -> String.valueOf(random.nextInt(1000));
                case 7 -> "$" + (1 + random.nextInt(9));
                case 8 -> pick("(", ")", ",", "=", "+", "*", ".", "<>", "||");
                default -> word();
            };
        }

        /** An identifier that is none of the splitter's keywords. */
        String word() {
            while (true) {
                int n = 1 + random.nextInt(8);
                StringBuilder b = new StringBuilder();
                b.append((char) ('a' + random.nextInt(26)));
                for (int k = 1; k < n; k++) {
                    b.append("abcdefghijklmnopqrstuvwxyz_0123456789".charAt(random.nextInt(37)));
                }
                String w = random.nextBoolean() ? b.toString() : b.toString().toUpperCase(Locale.ROOT);
                if (!KEYWORDS.contains(w.toUpperCase(Locale.ROOT))) {
                    return w;
                }
            }
        }

        /** Free text with the characters that matter, for the inside of quotes and comments. */
        private String text() {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(pick(";", " ", "x", "--", "/*", "$", "$$", "'", "\"", "`", "\n", "é", "END", "BEGIN", "ab"));
            }
            return b.toString();
        }

        /** The inside of a quoted literal or identifier: the quote doubled, a backslash only doubled. */
        private String literal(char quote) {
            String t = text().replace(String.valueOf(quote), String.valueOf(quote) + quote);
            return random.nextInt(5) == 0 ? t + "\\\\" : t;
        }

        private String escaped() {
            return text().replace("'", "\\'") + pick("", "\\\\", "\\'", "''");
        }

        private String dollar() {
            String tag = pick("$$", "$body$", "$fn$", "$_x1$");
            String inner = text().replace(tag, "").replace("$", "");
            if (random.nextBoolean()) {
                String other = tag.equals("$$") ? "$q$" : "$$";
                inner += " EXECUTE " + other + "SELECT 1;" + other + ";";
            }
            return tag + inner + tag;
        }

        /** A trigger, procedure or function whose BEGIN ... END body holds statements and nested blocks. */
        String block() {
            String head = pick("CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW",
                    "CREATE TEMP TRIGGER IF NOT EXISTS g BEFORE UPDATE ON t WHEN CASE WHEN NEW.x THEN 1 END",
                    "CREATE PROCEDURE p(IN n INT)", "CREATE OR REPLACE FUNCTION f() RETURNS INT",
                    "CREATE DEFINER = CURRENT_USER TRIGGER t2 BEFORE INSERT ON t FOR EACH ROW",
                    "CREATE EVENT ev ON SCHEDULE EVERY 1 DAY DO");
            return head + "\n" + body(0);
        }

        private String body(int depth) {
            StringBuilder b = new StringBuilder("BEGIN\n");
            int n = random.nextInt(4);
            for (int k = 0; k < n; k++) {
                b.append("  ").append(inner(depth)).append(";\n");
            }
            return b.append("END").toString();
        }

        private String inner(int depth) {
            int choice = depth > 2 ? 0 : random.nextInt(8);
            return switch (choice) {
                case 1 -> body(depth + 1);
                case 2 -> "IF " + word() + " THEN " + inner(depth + 1) + "; ELSE " + inner(depth + 1) + "; END IF";
                case 3 -> "WHILE " + word() + " > 0 DO " + inner(depth + 1) + "; END WHILE";
                case 4 -> "lbl: LOOP " + inner(depth + 1) + "; END LOOP";
                case 5 -> "REPEAT " + inner(depth + 1) + "; UNTIL " + word() + " END REPEAT";
                case 6 -> "CASE " + word() + " WHEN 1 THEN " + inner(depth + 1) + "; ELSE " + inner(depth + 1)
                        + "; END CASE";
                case 7 -> "SET " + word() + " = CASE WHEN " + word() + " THEN " + token() + " ELSE 0 END, "
                        + word() + " = CASE WHEN 1 THEN 2 END";
                default -> plain();
            };
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
