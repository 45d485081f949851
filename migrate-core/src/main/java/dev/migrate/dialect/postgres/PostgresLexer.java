package dev.migrate.dialect.postgres;

import dev.migrate.script.SqlLexer;

/**
 * PostgreSQL's lexer (scan.l), as psql splits: block comments nest; {@code $tag$ ... $tag$} quotes a body;
 * {@code E'...'} strings take backslash escapes while plain strings do not (standard_conforming_strings, on by
 * default since 9.1); {@code U&'...'} and {@code U&"..."} are plain quotes with a prefix.
 */
public final class PostgresLexer extends SqlLexer {
    @Override
    public int quotedEnd(String s, int i) {
        char c = s.charAt(i);
        if ((c == 'E' || c == 'e') && s.startsWith("'", i + 1) && atTokenStart(s, i)) {
            return closingQuote(s, i + 2, '\'', true, "escape string E'");
        }
        if ((c == 'U' || c == 'u') && s.startsWith("&", i + 1) && i + 2 < s.length() && atTokenStart(s, i)) {
            char quote = s.charAt(i + 2);
            if (quote == '\'' || quote == '"') {
                return closingQuote(s, i + 3, quote, false, "Unicode-escaped quote U&" + quote);
            }
        }
        if (c == '$') {
            int tagEnd = dollarTagEnd(s, i);
            if (tagEnd > 0) {
                String tag = s.substring(i, tagEnd);
                int close = s.indexOf(tag, tagEnd);
                if (close < 0) {
                    throw unterminated("dollar-quoted body " + tag);
                }
                return close + tag.length();
            }
        }
        return super.quotedEnd(s, i);
    }

    /** {@code /* /* *}{@code / *}{@code /} is one comment: PostgreSQL counts the openings. */
    @Override
    protected int blockCommentEnd(String s, int i) {
        int depth = 0;
        int k = i;
        while (k + 1 < s.length()) {
            if (s.charAt(k) == '/' && s.charAt(k + 1) == '*') {
                depth++;
                k += 2;
            } else if (s.charAt(k) == '*' && s.charAt(k + 1) == '/') {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else {
                k++;
            }
        }
        throw unterminated("block comment /*");
    }

    /** Just past the closing '$' of a dollar-quote tag at {@code i}, or -1 ({@code $1} is a parameter). */
    private static int dollarTagEnd(String s, int i) {
        if (!atTokenStart(s, i)) {
            return -1;
        }
        int j = i + 1;
        if (j < s.length() && Character.isDigit(s.charAt(j))) {
            return -1;
        }
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? j + 1 : -1;
    }
}
