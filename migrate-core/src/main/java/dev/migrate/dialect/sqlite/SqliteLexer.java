package dev.migrate.dialect.sqlite;

import dev.migrate.script.SqlLexer;

/**
 * SQLite's tokenizer: besides standard SQL, {@code `...`} and {@code [...]} quote identifiers (a bracketed one
 * ends at the first {@code ]}, with no escape), and a block comment left open runs to the end of the input.
 */
public final class SqliteLexer extends SqlLexer {
    @Override
    public int quotedEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '`') {
            return closingQuote(s, i + 1, '`', false, "quoted identifier `");
        }
        if (c == '[') {
            int close = s.indexOf(']', i + 1);
            if (close < 0) {
                throw unterminated("bracketed identifier [");
            }
            return close + 1;
        }
        return super.quotedEnd(s, i);
    }

    @Override
    protected int blockCommentEnd(String s, int i) {
        int close = s.indexOf("*/", i + 2);
        return close < 0 ? s.length() : close + 2;
    }
}
