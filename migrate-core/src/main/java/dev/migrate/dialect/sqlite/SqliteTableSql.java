package dev.migrate.dialect.sqlite;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.SqlTokens;
import dev.migrate.schema.SqlTokens.Item;
import dev.migrate.schema.SqlTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What SQLite's pragmas do not tell about a table, read from the CREATE TABLE text it stores: constraint names,
 * CHECK constraints, AUTOINCREMENT and the expressions of generated columns.
 */
final class SqliteTableSql {
    /** Generated-column details of one column. */
    record Generated(String expression, boolean stored) {}

    String primaryKeyName;
    String autoIncrementColumn;
    final List<CheckConstraint> checks = new ArrayList<>();
    /** Constraint names by their columns, lower case and comma-joined. */
    final Map<String, String> foreignKeyNames = new HashMap<>();
    /** DEFERRABLE [INITIALLY DEFERRED] of foreign keys, by their columns as {@link #foreignKeyNames}. */
    final Map<String, String> foreignKeyDeferrals = new HashMap<>();

    final Map<String, String> uniqueNames = new HashMap<>();
    final Map<String, Generated> generated = new HashMap<>();
    /** What follows the column list: STRICT, WITHOUT ROWID, in one order, upper case; or null. */
    String options;

    static SqliteTableSql parse(String sql) {
        SqliteTableSql t = new SqliteTableSql();
        List<Token> tokens = SqlTokens.lex(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        if (open == tokens.size()) {
            return t; // CREATE TABLE ... AS SELECT: nothing declared
        }
        for (Item item : SqlTokens.items(sql, tokens, open)) {
            t.item(sql, item.tokens());
        }
        int close = SqlTokens.closing(tokens, open);
        if (close + 1 < tokens.size()) {
            t.options = options(SqlTokens.text(sql, tokens, close + 1, tokens.size() - 1));
        }
        return t;
    }

    /** {@code without  rowid , strict} is {@code STRICT, WITHOUT ROWID}: the same options, however written. */
    static String options(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(o -> o.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT))
                .filter(o -> !o.isEmpty())
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static String key(List<String> columns) {
        return String.join(",", columns).toLowerCase(Locale.ROOT);
    }

    private void item(String sql, List<Token> ts) {
        int k = 0;
        String name = null;
        if (ts.get(0).is("CONSTRAINT") && ts.size() > 1) {
            name = ts.get(1).value();
            k = 2;
        }
        Token first = ts.get(k);
        if (first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK") || first.is("FOREIGN")) {
            tableConstraint(sql, ts, k, name);
        } else {
            column(sql, ts);
        }
    }

    private void tableConstraint(String sql, List<Token> ts, int k, String name) {
        int open = indexOfParen(ts, k);
        if (open < 0) {
            return;
        }
        int close = SqlTokens.closing(ts, open);
        Token first = ts.get(k);
        if (first.is("CHECK")) {
            checks.add(new CheckConstraint(name, SqlTokens.text(sql, ts, open + 1, close - 1)));
            return;
        }
        List<String> columns = names(ts, open, close);
        if (first.is("PRIMARY")) {
            primaryKeyName = name;
        } else if (first.is("UNIQUE") && name != null) {
            uniqueNames.put(key(columns), name);
        } else if (first.is("FOREIGN")) {
            if (name != null) {
                foreignKeyNames.put(key(columns), name);
            }
            for (int d = close + 1; d < ts.size(); d++) {
                deferral(ts, d, columns);
            }
        }
    }

    private void column(String sql, List<Token> ts) {
        String column = ts.get(0).value();
        String pending = null;
        for (int k = 1; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.is("CONSTRAINT") && k + 1 < ts.size()) {
                pending = ts.get(++k).value();
            } else if (t.is("CHECK")) {
                int open = indexOfParen(ts, k);
                int close = SqlTokens.closing(ts, open);
                checks.add(new CheckConstraint(pending, SqlTokens.text(sql, ts, open + 1, close - 1)));
                k = close;
                pending = null;
            } else if (t.is("REFERENCES")) {
                if (pending != null) {
                    foreignKeyNames.put(key(List.of(column)), pending);
                }
                pending = null;
            } else if (t.is("UNIQUE")) {
                if (pending != null) {
                    uniqueNames.put(key(List.of(column)), pending);
                }
                pending = null;
            } else if (t.is("PRIMARY")) {
                primaryKeyName = pending;
                pending = null;
            } else if (t.is("DEFERRABLE")) {
                deferral(ts, k, List.of(column));
            } else if (t.is("AUTOINCREMENT")) {
                autoIncrementColumn = column;
            } else if (t.is("AS")) {
                int open = indexOfParen(ts, k);
                int close = SqlTokens.closing(ts, open);
                boolean stored = close + 1 < ts.size() && ts.get(close + 1).is("STORED");
                generated.put(
                        column.toLowerCase(Locale.ROOT),
                        new Generated(SqlTokens.text(sql, ts, open + 1, close - 1), stored));
                k = close;
            } else if (t.isPunct('(')) {
                k = SqlTokens.closing(ts, k);
            }
        }
    }

    /** At a DEFERRABLE not preceded by NOT, records how the key over {@code columns} is deferred. */
    private void deferral(List<Token> ts, int k, List<String> columns) {
        if (ts.get(k).is("DEFERRABLE") && !ts.get(k - 1).is("NOT")) {
            boolean deferred = k + 2 < ts.size()
                    && ts.get(k + 1).is("INITIALLY")
                    && ts.get(k + 2).is("DEFERRED");
            foreignKeyDeferrals.put(key(columns), deferred ? ForeignKey.INITIALLY_DEFERRED : ForeignKey.DEFERRABLE);
        }
    }

    private static int indexOfParen(List<Token> ts, int from) {
        for (int k = from; k < ts.size(); k++) {
            if (ts.get(k).isPunct('(')) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> names(List<Token> ts, int open, int close) {
        List<String> out = new ArrayList<>();
        boolean expectName = true;
        for (int k = open + 1; k < close; k++) {
            Token t = ts.get(k);
            if (t.isPunct(',')) {
                expectName = true;
            } else if (expectName && t.isName()) {
                out.add(t.value());
                expectName = false;
            }
        }
        return out;
    }
}
