package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits SQL text into statements at semicolons that are outside comments and quoted text, as its dialect's
 * {@link SqlLexer} defines them, and outside {@code BEGIN ... END} blocks of triggers, procedures and functions.
 */
public final class StatementSplitter {
    private static final Set<String> BLOCK_KINDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> PLAIN_KINDS =
            Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA", "DATABASE", "TYPE", "DOMAIN", "UNIQUE");
    private static final Set<String> NON_BLOCK_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT");

    private static final StatementSplitter STANDARD = new StatementSplitter(new SqlLexer());

    private final SqlLexer lexer;

    public StatementSplitter(SqlLexer lexer) {
        this.lexer = lexer;
    }

    /** The lexical rules it splits by, for a reader of the statements' tokens (the linter). */
    public SqlLexer lexer() {
        return lexer;
    }

    /** Splits by standard SQL's lexical rules. */
    public static List<Statement> split(String sql) {
        return STANDARD.split(sql, 1);
    }

    /**
     * @param firstLine the line number of the first character of {@code sql} in its file
     * @throws StatementSyntaxException for a comment or quote that is never closed, naming the line it opens on
     */
    public List<Statement> split(String sql, int firstLine) {
        return new Scan(sql, firstLine).run();
    }

    private final class Scan {
        private final String s;
        private final int n;
        private final List<Statement> out = new ArrayList<>();
        private int i;
        private int line;
        private int start = -1;
        private int startLine;
        /** Just past the statement's last character that is not white space or a comment. */
        private int codeEnd;

        private final List<String> leadingWords = new ArrayList<>();
        private boolean blockStatement;
        private int depth;
        private String previousWord = "";
        private int commentsFrom = -1;
        private int lastEndLine = -1;

        Scan(String s, int firstLine) {
            this.s = s;
            this.n = s.length();
            this.line = firstLine;
        }

        List<Statement> run() {
            while (i < n) {
                char c = s.charAt(i);
                int end;
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if ((end = lexed(lexer::commentEnd)) >= 0) {
                    noteComment();
                    advanceTo(end);
                } else if (c == ';') {
                    if (start >= 0 && depth == 0) {
                        finish();
                        lastEndLine = line;
                    }
                    previousWord = "";
                    i++;
                } else {
                    markStart();
                    if (!isWordStart(c)) {
                        previousWord = ""; // 'END, CASE' or 'END; IF' are not 'END CASE' / 'END IF'
                    }
                    if ((end = lexed(lexer::quotedEnd)) >= 0) {
                        advanceTo(end);
                    } else if (isWordStart(c)) {
                        word();
                    } else {
                        i++;
                    }
                    codeEnd = i;
                }
            }
            if (start >= 0) {
                finish();
            }
            return out;
        }

        private int lexed(Rule rule) {
            try {
                return rule.end(s, i);
            } catch (SqlLexer.Unterminated e) {
                throw new StatementSyntaxException(line, "the " + e.what() + " that starts here is never closed");
            }
        }

        private void advanceTo(int end) {
            for (int k = i; k < end; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            i = Math.min(n, end);
        }

        private void markStart() {
            if (start < 0) {
                start = i;
                startLine = line;
            }
        }

        /** A comment before a statement belongs to it, unless it trails the previous statement on its line. */
        private void noteComment() {
            if (start < 0 && commentsFrom < 0 && line != lastEndLine) {
                commentsFrom = i;
            }
        }

        /**
         * Ends the statement at its last code character: a comment between it and the semicolon (or the end of the
         * text) is left out, since a statement that ended in a line comment would swallow the semicolon written
         * after it when statements are joined again (offline SQL).
         */
        private void finish() {
            String sql = s.substring(start, codeEnd).strip();
            if (!sql.isEmpty()) {
                out.add(new Statement(
                        sql, startLine, commentsFrom < 0 ? "" : comments(s.substring(commentsFrom, start))));
            }
            commentsFrom = -1;
            start = -1;
            leadingWords.clear();
            blockStatement = false;
            depth = 0;
            previousWord = "";
        }

        private void word() {
            int from = i;
            while (i < n && isWordPart(s.charAt(i))) {
                i++;
            }
            String w = s.substring(from, i).toUpperCase(Locale.ROOT);
            if (leadingWords.size() < 6) {
                leadingWords.add(w);
                if (BLOCK_KINDS.contains(w)
                        && "CREATE".equals(leadingWords.get(0))
                        && leadingWords.stream().noneMatch(PLAIN_KINDS::contains)) {
                    blockStatement = true;
                }
            }
            if (blockStatement) {
                if (w.equals("BEGIN") || w.equals("CASE") && !previousWord.equals("END")) {
                    depth++;
                } else if (w.equals("END")) {
                    depth = Math.max(0, depth - 1);
                } else if (NON_BLOCK_ENDS.contains(w) && previousWord.equals("END")) {
                    depth++; // END IF / END LOOP closed a construct we never counted
                }
            }
            previousWord = w;
        }
    }

    private interface Rule {
        int end(String s, int i);
    }

    private static String comments(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
