package dev.migrate.lint;

import dev.migrate.schema.SqlTokens.Kind;
import dev.migrate.schema.SqlTokens.Token;
import dev.migrate.script.SqlLexer;
import dev.migrate.script.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A statement of a script as the linter reads it: its words, names, literals and punctuation, lexed by the
 * dialect's own rules (its quotes and comments), so that a keyword inside a string or a comment is never taken for
 * one. Rules match word sequences; nothing here is a regex over the text.
 */
public final class LintStatement {
    private final Statement statement;
    private final List<Token> tokens;

    LintStatement(Statement statement, List<Token> tokens) {
        this.statement = statement;
        this.tokens = tokens;
    }

    static LintStatement of(Statement statement, SqlLexer lexer) {
        return new LintStatement(statement, lex(statement.sql(), lexer));
    }

    public int line() {
        return statement.line();
    }

    public String sql() {
        return statement.sql();
    }

    /** The comment lines written just above it. */
    public String comments() {
        return statement.comments();
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Whether it starts with these words, e.g. {@code startsWith("CREATE", "INDEX")}. */
    public boolean startsWith(String... words) {
        return at(0, words);
    }

    /** Whether these words follow each other somewhere in it. */
    public boolean has(String... words) {
        return find(0, words) >= 0;
    }

    /** The index of the first token of {@code words} at or after {@code from}, or -1. */
    public int find(int from, String... words) {
        for (int i = from; i + words.length <= tokens.size(); i++) {
            if (at(i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code words} start at token {@code i}. */
    public boolean at(int i, String... words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The object named at token {@code i} (skipping {@code IF [NOT] EXISTS} and {@code ONLY}), its schema left off,
     * in lower case unless quoted; empty when no name is there.
     */
    public Optional<String> nameAt(int i) {
        int at = i;
        while (at < tokens.size()
                && (tokens.get(at).is("IF")
                        || tokens.get(at).is("NOT")
                        || tokens.get(at).is("EXISTS")
                        || tokens.get(at).is("ONLY"))) {
            at++;
        }
        String name = null;
        while (at < tokens.size() && tokens.get(at).isName()) {
            Token t = tokens.get(at);
            name = t.kind() == Kind.QUOTED ? t.value() : t.value().toLowerCase(Locale.ROOT);
            if (at + 1 < tokens.size() && tokens.get(at + 1).isPunct('.')) {
                at += 2;
            } else {
                break;
            }
        }
        return Optional.ofNullable(name);
    }

    /** The name after the first occurrence of {@code words}. */
    public Optional<String> nameAfter(String... words) {
        int i = find(0, words);
        return i < 0 ? Optional.empty() : nameAt(i + words.length);
    }

    /** The comma-separated actions of an ALTER TABLE, after the table's name ({@code ADD ...}, {@code ALGORITHM=INPLACE}). */
    public List<List<Token>> alterActions() {
        List<Token> t = tokens;
        int start = 2;
        while (start < t.size()
                && (t.get(start).is("IF")
                        || t.get(start).is("EXISTS")
                        || t.get(start).is("ONLY"))) {
            start++;
        }
        start++; // the name
        while (start < t.size() && t.get(start).isPunct('.')) {
            start += 2;
        }
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = start; k < t.size(); k++) {
            Token token = t.get(k);
            depth += token.isPunct('(') ? 1 : token.isPunct(')') ? -1 : 0;
            if (depth == 0 && token.isPunct(',')) {
                out.add(current);
                current = new ArrayList<>();
            } else if (!token.isPunct(';')) {
                current.add(token);
            }
        }
        out.add(current);
        return out;
    }

    /** The statement's first line, shortened, for a message. */
    public String excerpt() {
        String first = sql().strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    /** Words, names, strings, numbers and punctuation; comments left out. */
    static List<Token> lex(String s, SqlLexer lexer) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int comment = lexer.commentEnd(s, i);
            if (comment >= 0) {
                i = comment;
                continue;
            }
            int quoted = lexer.quotedEnd(s, i);
            if (quoted >= 0) {
                String text = s.substring(i, quoted);
                boolean identifier = c == '"' || c == '`' || c == '[';
                out.add(new Token(
                        identifier ? Kind.QUOTED : Kind.STRING,
                        text,
                        identifier ? text.substring(1, text.length() - 1) : text,
                        i,
                        quoted));
                i = quoted;
                continue;
            }
            int start = i;
            if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                String word = s.substring(start, i);
                out.add(new Token(Kind.WORD, word, word, start, i));
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
}
