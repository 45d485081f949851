package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.Soak;
import dev.migrate.dialect.mariadb.MariaDbLexer;
import dev.migrate.dialect.postgres.PostgresLexer;
import dev.migrate.dialect.sqlite.SqliteLexer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Property-based tests of the statement splitter with a seeded generator (replay a failure with
 * {@code -Dmigrate.seed=<seed>}; {@code -Dmigrate.soak=true} runs many more cases from a random seed).
 * <ul>
 * <li>Well-formed SQL of each dialect: statements built from the constructs its lexer knows (literals, quoted
 * identifiers, comments; PostgreSQL's nested comments, dollar-quoted bodies, E'' and U&amp;'' strings; MariaDB's
 * # and -- comments, backslash escapes in '' and "" strings, executable comments, 1--1; SQLite's [bracketed] and
 * `quoted` names) and trigger/procedure bodies with nested BEGIN, CASE, IF, WHILE, LOOP, REPEAT, joined by assorted
 * separators, split back into exactly those statements, each on the line it starts on.</li>
 * <li>Any text at all, by each dialect's lexer: the splitter terminates quickly and either reports a quote or
 * comment never closed (with a line in the text) or returns statements that are pieces of the input, and its output
 * round-trips: joining the statements with ";\n", ending the last with ";" as offline SQL does, and splitting
 * again gives them back.</li>
 * </ul>
 */
class StatementSplitterFuzzTest {
    private static final int CASES = Soak.trials("fuzz", 3_000, 200_000);
    private static final Set<String> KEYWORDS = Set.of(
            "BEGIN",
            "END",
            "CASE",
            "IF",
            "LOOP",
            "WHILE",
            "REPEAT",
            "TRIGGER",
            "PROCEDURE",
            "FUNCTION",
            "EVENT",
            "CREATE",
            "E",
            "U",
            "DO",
            "THEN",
            "ELSE",
            "WHEN",
            "UNTIL");

    /** The dialects whose lexers are fuzzed, each with what its generated SQL may contain. */
    enum Lexing {
        SQLITE(new SqliteLexer()),
        POSTGRES(new PostgresLexer()),
        MARIADB(new MariaDbLexer());

        final StatementSplitter splitter;

        Lexing(SqlLexer lexer) {
            this.splitter = new StatementSplitter(lexer);
        }

        static Lexing any(Random random) {
            return values()[random.nextInt(values().length)];
        }
    }

    @Test
    void wellFormedStatementsSplitBackExactly() {
        long seed = Soak.seed(20261124L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                Lexing dialect = Lexing.any(random);
                Gen gen = new Gen(random, dialect);
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
                List<Statement> split = dialect.splitter.split(text.toString(), firstLine);
                String context = "seed " + (seed + k) + " (" + dialect + "), text:\n" + text;
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
                Lexing dialect = Lexing.any(random);
                String text = garbage(random);
                String context = "seed " + (seed + k) + " (" + dialect + "), text:\n" + text;
                StatementSplitter splitter = dialect.splitter;
                int lines = 1 + count(text, '\n');
                List<Statement> split;
                try {
                    split = splitter.split(text, 1);
                } catch (StatementSyntaxException e) {
                    assertTrue(e.line() >= 1 && e.line() <= lines, "line " + e.line() + ": " + context);
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("the splitter threw on " + context, e);
                }
                int previousLine = 1;
                for (Statement s : split) {
                    assertTrue(
                            !s.sql().isEmpty() && s.sql().equals(s.sql().strip()), "stripped, not empty: " + context);
                    assertTrue(text.contains(s.sql()), "a piece of the input: " + context);
                    assertTrue(s.line() >= previousLine && s.line() <= lines, "line " + s.line() + ": " + context);
                    previousLine = s.line();
                }
                List<String> sql = split.stream().map(Statement::sql).toList();
                List<String> again = splitter.split(String.join(";\n", sql) + ";", 1).stream()
                        .map(Statement::sql)
                        .toList();
                if (!sql.equals(again)) {
                    fail("joining the statements with \";\\n\" and splitting again changed them: " + context
                            + "\nfirst split: " + sql + "\nsecond split: " + again);
                }
            }
        });
    }

    /** Text from the characters and words that drive the splitter's states, in any order. */
    static String garbage(Random random) {
        String[] pieces = {
            "'",
            "\"",
            "`",
            "$",
            "$$",
            "$a$",
            "$1",
            ";",
            ";",
            ";",
            "--",
            "-",
            "/*",
            "*/",
            "/",
            "*",
            "\n",
            "\n",
            "\r\n",
            "\\",
            "E'",
            "e'",
            " ",
            " ",
            " ",
            "\t",
            "BEGIN",
            "END",
            "CASE",
            "IF",
            "LOOP",
            "WHILE",
            "REPEAT",
            "CREATE",
            "TRIGGER",
            "PROCEDURE",
            "FUNCTION",
            "TABLE",
            "SELECT",
            "x",
            "_y1",
            "42",
            "(",
            ")",
            ",",
            "é",
            "\uD83D\uDE00",
            "\u0000",
            "END IF",
            "END CASE",
            "''",
            "\"\"",
            "--;\n",
            "#",
            "[",
            "]",
            "/*!",
            "/*M!",
            "U&'",
            "-- ",
            "1--1",
            "\\'",
            "\\\""
        };
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
        private final Lexing dialect;

        Gen(Random random, Lexing dialect) {
            this.random = random;
            this.dialect = dialect;
        }

        String leading() {
            return pick("", "", "\n", "  \n\n", "-- a comment; with a semicolon\n", "/* block; comment */\n");
        }

        String separator() {
            if (dialect == Lexing.MARIADB && random.nextInt(5) == 0) {
                return pick(";\n# note; not a statement\n", "; # trailing; comment\n", ";#\n");
            }
            return pick(
                    ";",
                    ";\n",
                    " ;\n\n",
                    ";\n-- note; not a statement\n",
                    ";\n/* c; */\n",
                    ";;\n",
                    ";\n;\n",
                    "; -- trailing; comment\n",
                    ";/* x */",
                    ";\r\n");
        }

        String trailer() {
            return pick("", "\n", "\n-- the end; really\n", "\n/* done */", "  ");
        }

        String topLevel() {
            return switch (random.nextInt(10)) {
                case 0, 1 -> block();
                case 2 -> dialect == Lexing.POSTGRES ? "DO " + dollar() : plain();
                default -> plain();
            };
        }

        /** A statement outside any block: a leading verb, then tokens. */
        String plain() {
            String verb = pick(
                    "SELECT",
                    "INSERT INTO t VALUES",
                    "UPDATE t SET",
                    "DELETE FROM",
                    "ALTER TABLE t ADD",
                    "DROP TABLE",
                    "CREATE TABLE t",
                    "CREATE INDEX i ON t",
                    "CREATE VIEW v AS SELECT",
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
            return switch (random.nextInt(13)) {
                case 0 -> "'" + literal('\'') + "'";
                case 1 -> "\"" + literal('"') + "\"";
                case 2 -> "/*" + text().replace("*/", "* /").replace("/*", "/ *") + "*/";
                case 3 -> String.valueOf(random.nextInt(1000));
                case 4 -> "$" + (1 + random.nextInt(9));
                case 5 -> pick("(", ")", ",", "=", "+", "*", ".", "<>", "||");
                case 6, 7 -> special();
                default -> word();
            };
        }

        /** What only this dialect's lexer knows. */
        private String special() {
            return switch (dialect) {
                case SQLITE ->
                    switch (random.nextInt(3)) {
                        case 0 -> "[" + text().replace("]", ")") + "]";
                        case 1 -> "`" + literal('`') + "`";
                        default -> word();
                    };
                case POSTGRES ->
                    switch (random.nextInt(5)) {
                        case 0 -> dollar();
                        case 1 -> "E'" + escaped('\'') + "'";
                        case 2 -> "U&'" + literal('\'') + "'";
                        case 3 ->
                            "/* " + word() + " /*" + text().replace("*/", "* /").replace("/*", "/ *") + "*/ ; " + "/* "
                                    + word() + " */ */"; // nested
                        default -> "a$" + word() + "$";
                    };
                case MARIADB ->
                    switch (random.nextInt(6)) {
                        case 0 -> "'" + escaped('\'') + "'";
                        case 1 -> "\"" + escaped('"') + "\"";
                        case 2 -> "`" + literal('`') + "`";
                        case 3 -> "/*!" + (40000 + random.nextInt(70000)) + " " + word() + " " + word() + " */";
                        case 4 -> random.nextInt(100) + "--" + random.nextInt(100);
                        default -> word() + " # inside; " + word() + "\n" + word();
                    };
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

        /** The inside of a string with backslash escapes: the quote escaped or doubled. */
        private String escaped(char quote) {
            String q = String.valueOf(quote);
            return text().replace(q, "\\" + q) + pick("", "\\\\", "\\" + q, q + q);
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
            String head = pick(
                    "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW",
                    "CREATE TEMP TRIGGER IF NOT EXISTS g BEFORE UPDATE ON t WHEN CASE WHEN NEW.x THEN 1 END",
                    "CREATE PROCEDURE p(IN n INT)",
                    "CREATE OR REPLACE FUNCTION f() RETURNS INT",
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
                case 6 ->
                    "CASE " + word() + " WHEN 1 THEN " + inner(depth + 1) + "; ELSE " + inner(depth + 1) + "; END CASE";
                case 7 ->
                    "SET " + word() + " = CASE WHEN " + word() + " THEN " + token() + " ELSE 0 END, " + word()
                            + " = CASE WHEN 1 THEN 2 END";
                default -> plain();
            };
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
