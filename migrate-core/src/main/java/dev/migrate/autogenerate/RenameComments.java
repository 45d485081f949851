package dev.migrate.autogenerate;

import dev.migrate.schema.RenameHints;
import dev.migrate.schema.SqlTokens;
import dev.migrate.schema.SqlTokens.Item;
import dev.migrate.schema.SqlTokens.Token;
import dev.migrate.script.Statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code -- migrate:renamed_from <old name>} comments on CREATE TABLE statements and their columns, and on the
 * values of CREATE TYPE ... AS ENUM.
 */
final class RenameComments {
    private static final Pattern HINT = Pattern.compile("migrate:renamed_from\\s+[\"`\\[]?([^\\s\"`\\]]+)");
    private static final Set<String> CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private RenameComments() {}

    static void read(Statement statement, RenameHints hints) {
        List<Token> ts = SqlTokens.lex(statement.sql()).stream()
                .filter(t -> t.kind() != SqlTokens.Kind.COMMENT || t.text().contains("migrate:renamed_from"))
                .toList();
        int k = 0;
        k = skipComments(ts, k);
        if (k + 1 >= ts.size() || !ts.get(k).is("CREATE")) {
            return;
        }
        k++;
        while (k < ts.size()
                && (ts.get(k).is("TEMP")
                        || ts.get(k).is("TEMPORARY")
                        || ts.get(k).is("GLOBAL")
                        || ts.get(k).is("LOCAL")
                        || ts.get(k).is("UNLOGGED"))) {
            k++;
        }
        if (k < ts.size() && ts.get(k).is("TYPE")) {
            enumValues(statement.sql(), ts, k + 1, hints);
            return;
        }
        if (k >= ts.size() || !ts.get(k).is("TABLE")) {
            return;
        }
        k++;
        if (k + 2 < ts.size()
                && ts.get(k).is("IF")
                && ts.get(k + 1).is("NOT")
                && ts.get(k + 2).is("EXISTS")) {
            k += 3;
        }
        if (k >= ts.size() || !ts.get(k).isName()) {
            return;
        }
        String table = ts.get(k).value();
        while (k + 2 < ts.size() && ts.get(k + 1).isPunct('.') && ts.get(k + 2).isName()) {
            k += 2;
            table = ts.get(k).value(); // schema.table: the table is the last part
        }
        String created = table;
        hint(statement.comments()).ifPresent(old -> hints.table(created, old));
        int open = k + 1;
        if (open >= ts.size() || !ts.get(open).isPunct('(')) {
            return;
        }
        for (Item item : SqlTokens.items(statement.sql(), ts, open)) {
            Token first = item.tokens().get(0);
            if (first.kind() == SqlTokens.Kind.WORD && CONSTRAINTS.contains(SqlTokens.upper(first.value()))) {
                continue;
            }
            for (String comment : item.comments()) {
                String t = table;
                hint(comment).ifPresent(old -> hints.column(t, first.value(), old));
            }
        }
    }

    /** {@code CREATE TYPE name AS ENUM ('a', 'b' -- migrate:renamed_from old)}, from the type's name on. */
    private static void enumValues(String sql, List<Token> ts, int k, RenameHints hints) {
        if (k + 3 >= ts.size() || !ts.get(k).isName()) {
            return;
        }
        String type = ts.get(k).value();
        while (k + 2 < ts.size() && ts.get(k + 1).isPunct('.') && ts.get(k + 2).isName()) {
            k += 2;
            type = ts.get(k).value();
        }
        if (k + 3 >= ts.size()
                || !ts.get(k + 1).is("AS")
                || !ts.get(k + 2).is("ENUM")
                || !ts.get(k + 3).isPunct('(')) {
            return;
        }
        for (Item item : SqlTokens.items(sql, ts, k + 3)) {
            Token value = item.tokens().get(0);
            if (value.kind() != SqlTokens.Kind.STRING) {
                continue;
            }
            for (String comment : item.comments()) {
                String t = type;
                hint(comment).ifPresent(old -> hints.enumValue(t, unquote(value.value()), unquote(old)));
            }
        }
    }

    /** A string literal's value; a hint may name the old value quoted or not. */
    private static String unquote(String literal) {
        return literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")
                ? literal.substring(1, literal.length() - 1).replace("''", "'")
                : literal;
    }

    private static int skipComments(List<Token> ts, int k) {
        while (k < ts.size() && ts.get(k).kind() == SqlTokens.Kind.COMMENT) {
            k++;
        }
        return k;
    }

    private static Optional<String> hint(String comments) {
        Matcher m = HINT.matcher(comments);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
