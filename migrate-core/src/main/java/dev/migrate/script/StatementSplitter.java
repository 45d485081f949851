package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits SQL text into statements at semicolons that are outside string literals, quoted identifiers, comments,
 * dollar-quoted bodies and {@code BEGIN ... END} blocks of triggers, procedures and functions.
 */
public final class StatementSplitter {
    private static final Set<String> BLOCK_KINDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> PLAIN_KINDS =
            Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA", "DATABASE", "TYPE", "DOMAIN", "UNIQUE");
    private static final Set<String> NON_BLOCK_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT");

    private final boolean backslashEscapes;

    /** @param backslashEscapes whether a backslash escapes the next character in string literals (MySQL) */
    public StatementSplitter(boolean backslashEscapes) {
        this.backslashEscapes = backslashEscapes;
    }

    public static List<Statement> split(String sql) {
        return new StatementSplitter(false).split(sql, 1);
    }

    /** @param firstLine the line number of the first character of {@code sql} in its file */
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
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && peek(1) == '-') {
                    noteComment();
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    noteComment();
                    skipBlockComment();
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
                    if (c == '\'') {
                        skipQuoted('\'', backslashEscapes || isEscapeStringPrefix());
                    } else if (c == '"' || c == '`') {
                        skipQuoted(c, false);
                    } else if (c == '$' && dollarTagEnd() > 0) {
                        skipDollarQuoted();
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

        private char peek(int ahead) {
            return i + ahead < n ? s.charAt(i + ahead) : '\0';
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
                out.add(new Statement(sql, startLine, commentsFrom < 0 ? "" : comments(s.substring(commentsFrom, start))));
            }
            commentsFrom = -1;
            start = -1;
            leadingWords.clear();
            blockStatement = false;
            depth = 0;
            previousWord = "";
        }

        private void skipLineComment() {
            while (i < n && s.charAt(i) != '\n') {
                i++;
            }
        }

        private void skipBlockComment() {
            i += 2;
            while (i < n && !(s.charAt(i) == '*' && peek(1) == '/')) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
                i++;
            }
            i = Math.min(n, i + 2);
        }

        /** PostgreSQL's E'...' strings take backslash escapes even where plain strings do not. */
        private boolean isEscapeStringPrefix() {
            return i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
                    && (i < 2 || !isWordPart(s.charAt(i - 2)));
        }

        private void skipQuoted(char quote, boolean escapes) {
            i++;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                }
                if (escapes && c == '\\') {
                    if (peek(1) == '\n') {
                        line++;
                    }
                    i = Math.min(n, i + 2); // a backslash at the very end escapes nothing
                } else if (c == quote) {
                    if (peek(1) == quote) {
                        i += 2;
                    } else {
                        i++;
                        return;
                    }
                } else {
                    i++;
                }
            }
        }

        /** The index just past the closing '$' of a dollar-quote tag starting at i, or -1. */
        private int dollarTagEnd() {
            if (i > 0 && isWordPart(s.charAt(i - 1))) {
                return -1;
            }
            int j = i + 1;
            if (j < n && Character.isDigit(s.charAt(j))) {
                return -1;
            }
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            return j < n && s.charAt(j) == '$' ? j + 1 : -1;
        }

        private void skipDollarQuoted() {
            int tagEnd = dollarTagEnd();
            String tag = s.substring(i, tagEnd);
            int close = s.indexOf(tag, tagEnd);
            int end = close < 0 ? n : close + tag.length();
            for (int k = i; k < end; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            i = end;
        }

        private void word() {
            int from = i;
            while (i < n && isWordPart(s.charAt(i))) {
                i++;
            }
            String w = s.substring(from, i).toUpperCase(Locale.ROOT);
            if (leadingWords.size() < 6) {
                leadingWords.add(w);
                if (BLOCK_KINDS.contains(w) && "CREATE".equals(leadingWords.get(0))
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
