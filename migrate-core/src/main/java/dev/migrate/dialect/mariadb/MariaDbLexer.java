package dev.migrate.dialect.mariadb;

import dev.migrate.script.SqlLexer;

/**
 * MariaDB's and MySQL's lexer with the default sql_mode, as their command-line clients split: {@code #} starts a
 * line comment, {@code --} only when followed by white space or a control character ({@code 1--1} is arithmetic);
 * a backslash escapes inside both {@code '...'} and {@code "..."} (a string, not an identifier, without
 * ANSI_QUOTES); {@code `...`} quotes identifiers; {@code /*! ... *}{@code /} and {@code /*M! ... *}{@code /} are not
 * comments but SQL the server runs, so they are read as code.
 */
public final class MariaDbLexer extends SqlLexer {
    @Override
    public int commentEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '#') {
            return lineEnd(s, i);
        }
        if (s.startsWith("--", i)) {
            return i + 2 == s.length() || s.charAt(i + 2) <= ' ' ? lineEnd(s, i) : -1;
        }
        if (s.startsWith("/*!", i) || s.startsWith("/*M!", i)) {
            return -1;
        }
        return super.commentEnd(s, i);
    }

    @Override
    public int quotedEnd(String s, int i) {
        return switch (s.charAt(i)) {
            case '\'' -> closingQuote(s, i + 1, '\'', true, "string literal '");
            case '"' -> closingQuote(s, i + 1, '"', true, "string literal \"");
            case '`' -> closingQuote(s, i + 1, '`', false, "quoted identifier `");
            default -> -1;
        };
    }
}
