package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lexer for the DDL the database itself stores (SQLite's CREATE statements): enough to find constraint names,
 * CHECK and generated-column expressions and the model's hint comments, without being a parser of SQL.
 */
public final class SqlTokens {
    public enum Kind {
        WORD,
        QUOTED,
        STRING,
        NUMBER,
        PUNCT,
        COMMENT
    }

    /** A token; {@code text} is its source text, {@code value} the identifier it names (unquoted) or the text. */
    public record Token(Kind kind, String text, String value, int start, int end) {
        public boolean is(String word) {
            return kind == Kind.WORD && value.equalsIgnoreCase(word);
        }

        public boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.charAt(0) == c;
        }

        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    /** A comma-separated item of a parenthesised list: its tokens without comments, and the comments before it. */
    public record Item(List<Token> tokens, List<String> comments, int start, int end) {}

    private SqlTokens() {}

    public static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                out.add(new Token(
                        Kind.COMMENT,
                        s.substring(start, i),
                        s.substring(start + 2, i).strip(),
                        start,
                        i));
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                String body = s.substring(start + 2, Math.max(start + 2, i - 2));
                out.add(new Token(Kind.COMMENT, s.substring(start, i), body.strip(), start, i));
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                i++;
                StringBuilder value = new StringBuilder();
                while (i < n) {
                    if (s.charAt(i) == close) {
                        if (close != ']' && i + 1 < n && s.charAt(i + 1) == close) {
                            value.append(close);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(s.charAt(i++));
                }
                out.add(new Token(
                        c == '\'' ? Kind.STRING : Kind.QUOTED,
                        s.substring(start, i),
                        c == '\'' ? s.substring(start, i) : value.toString(),
                        start,
                        i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, s.substring(start, i), s.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(start, i), s.substring(start, i), start, i));
            } else {
                i++;
                out.add(new Token(Kind.PUNCT, s.substring(start, i), s.substring(start, i), start, i));
            }
        }
        return out;
    }

    /** The index of the token closing the parenthesis at {@code open}, or the last index if unbalanced. */
    public static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct('(')) {
                depth++;
            } else if (tokens.get(k).isPunct(')') && --depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /**
     * The items of the list in parentheses opened by token {@code open}. A comment belongs to the item below it, or
     * to the item it trails on the same line ({@code col INT, -- note}).
     */
    public static List<Item> items(String sql, List<Token> tokens, int open) {
        int close = closing(tokens, open);
        List<List<Token>> parts = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        parts.add(new ArrayList<>());
        notes.add(new ArrayList<>());
        int depth = 0;
        int lastEnd = tokens.get(open).end();
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            int at = parts.size() - 1;
            if (t.kind() == Kind.COMMENT) {
                boolean trailing = sql.substring(lastEnd, t.start()).indexOf('\n') < 0;
                boolean afterComma = parts.get(at).isEmpty() && at > 0;
                notes.get(trailing && afterComma ? at - 1 : at).add(t.value());
                continue;
            }
            lastEnd = t.end();
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            }
            if (depth == 0 && t.isPunct(',')) {
                parts.add(new ArrayList<>());
                notes.add(new ArrayList<>());
            } else {
                parts.get(at).add(t);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            List<Token> p = parts.get(k);
            if (!p.isEmpty()) {
                items.add(new Item(
                        List.copyOf(p),
                        List.copyOf(notes.get(k)),
                        p.get(0).start(),
                        p.get(p.size() - 1).end()));
            }
        }
        return items;
    }

    /** The source text from token {@code from} to token {@code to}, inclusive. */
    public static String text(String sql, List<Token> tokens, int from, int to) {
        return from > to
                ? ""
                : sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
