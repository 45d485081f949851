package dev.migrate.script;

/**
 * The lexical rules that decide where a statement ends: which text is a comment and which is quoted, so that a
 * semicolon there ends nothing. This base holds the rules of standard SQL ({@code --} and non-nesting
 * {@code /* *}{@code /} comments, {@code '...'} strings and {@code "..."} identifiers, each quote doubled to escape
 * it); each dialect's lexer overrides what its database does differently, exactly as that database's own parser
 * and command-line client do, since a comment ended too early runs SQL the author commented out.
 */
public class SqlLexer {
    /** Where a comment starting at {@code i} ends (exclusive), or -1 when none starts there. */
    public int commentEnd(String s, int i) {
        if (s.startsWith("--", i)) {
            return lineEnd(s, i);
        }
        if (s.startsWith("/*", i)) {
            return blockCommentEnd(s, i);
        }
        return -1;
    }

    /** Where a string literal, quoted identifier or quoted body starting at {@code i} ends, or -1 when none does. */
    public int quotedEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'') {
            return closingQuote(s, i + 1, '\'', false, "string literal '");
        }
        if (c == '"') {
            return closingQuote(s, i + 1, '"', false, "quoted identifier \"");
        }
        return -1;
    }

    /** A non-nesting block comment: it ends at the first {@code *}{@code /}. */
    protected int blockCommentEnd(String s, int i) {
        int close = s.indexOf("*/", i + 2);
        if (close < 0) {
            throw unterminated("block comment /*");
        }
        return close + 2;
    }

    protected static int lineEnd(String s, int i) {
        int newline = s.indexOf('\n', i);
        return newline < 0 ? s.length() : newline;
    }

    /**
     * The end of a quoted text whose content starts at {@code from}: at the first {@code quote} that is not doubled
     * (and, with {@code backslashEscapes}, not escaped by a backslash).
     */
    protected static int closingQuote(String s, int from, char quote, boolean backslashEscapes, String what) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw unterminated(what);
    }

    protected static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Whether the text at {@code i} starts a new token rather than continuing a word. */
    protected static boolean atTokenStart(String s, int i) {
        return i == 0 || !isWordPart(s.charAt(i - 1));
    }

    protected static Unterminated unterminated(String what) {
        return new Unterminated(what);
    }

    /** A comment or quote that the text never closes; the splitter reports it with its line. */
    public static final class Unterminated extends RuntimeException {
        private final String what;

        Unterminated(String what) {
            super(what, null, false, false);
            this.what = what;
        }

        public String what() {
            return what;
        }
    }
}
