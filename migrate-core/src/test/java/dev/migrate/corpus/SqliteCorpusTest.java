package dev.migrate.corpus;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQLite corpus, judged by sqlite_master and the pragmas: per table its options, columns (pragma table_xinfo),
 * number of rows (a table generator starts from one),
 * foreign keys and indexes with their columns, its CHECK clauses; per view, trigger and index with an expression or
 * condition, its SQL with the spelling (case, quotes, spacing) taken out, since SQLite keeps the text as it was
 * written. Declared types compare without regard to case, as SQLite reads them.
 */
class SqliteCorpusTest extends CorpusContract {
    private static final AtomicInteger COUNT = new AtomicInteger();

    @TempDir
    Path files;

    @Override
    protected Database fresh(String name) {
        return new Database(
                new DatabaseConfig("jdbc:sqlite:" + files.resolve(name + COUNT.incrementAndGet() + ".db"), null, null));
    }

    @Override
    protected String corpus() {
        return "sqlite";
    }

    @Override
    protected String dump(Database db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master "
                    + "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            for (String[] o : objects) {
                String q = "'" + o[1].replace("'", "''") + "'";
                switch (o[0]) {
                    case "table" -> {
                        out.add("table " + o[1]);
                        rows(s, "SELECT type, ncol, wr, strict FROM pragma_table_list(" + q + ")", out);
                        // SQLite reads a declared type without regard to case
                        rows(
                                s,
                                "SELECT cid, name, upper(type) AS type, \"notnull\", dflt_value, pk, hidden "
                                        + "FROM pragma_table_xinfo(" + q + ")",
                                out);
                        rows(s, "SELECT count(*) AS row_count FROM " + '"' + o[1].replace("\"", "\"\"") + '"', out);
                        rows(
                                s,
                                "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                                        + "FROM pragma_foreign_key_list(" + q + ") ORDER BY id, seq",
                                out);
                        rows(
                                s,
                                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(" + q
                                        + ") ORDER BY name",
                                out);
                        out.add("checks " + checks(o[3]));
                        // no pragma tells a conflict clause
                        out.add("conflict clauses " + (spelledOut(o[3]).split("on conflict", -1).length - 1));
                        out.add("deferred foreign keys "
                                + (spelledOut(o[3]).split("(?<!not )deferrable initially deferred", -1).length - 1));
                    }
                    case "index" -> {
                        out.add("index " + o[1] + " on " + o[2]);
                        rows(s, "SELECT seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo(" + q + ")", out);
                        if (o[3] != null) {
                            out.add(spelledOut(o[3]));
                        }
                    }
                    default -> out.add(o[0] + " " + o[1] + ": " + spelledOut(o[3]));
                }
            }
        }
        return String.join("\n", out);
    }

    private static void rows(Statement s, String sql, List<String> out) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(md.getColumnName(i) + "=" + rs.getString(i));
                }
                out.add("  " + String.join(" ", row));
            }
        }
    }

    /** The CHECK clauses of a CREATE TABLE, spelled out, sorted. */
    private static String checks(String sql) {
        List<String> found = new ArrayList<>();
        String text = spelledOut(sql);
        int i = 0;
        while ((i = text.indexOf("check(", i)) >= 0) {
            int depth = 0;
            int j = i + 5;
            do {
                char ch = text.charAt(j);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                j++;
            } while (depth > 0 && j < text.length());
            found.add(text.substring(i, j));
            i = j;
        }
        java.util.Collections.sort(found);
        return found.toString();
    }

    /** Lower case outside strings, no quotes around names, no spaces but those between two words. */
    static String spelledOut(String sql) {
        StringBuilder out = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                int j = i + 1;
                while (j < n && !(sql.charAt(j) == '\'' && (j + 1 >= n || sql.charAt(j + 1) != '\''))) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                out.append(sql, i, Math.min(j + 1, n));
                i = j;
            } else if (ch == '"' || ch == '`' || ch == '[' || ch == ']') {
                continue;
            } else if (Character.isWhitespace(ch)) {
                char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                int k = i;
                while (k + 1 < n && Character.isWhitespace(sql.charAt(k + 1))) {
                    k++;
                }
                char next = k + 1 < n ? sql.charAt(k + 1) : ' ';
                if (isWord(prev) && isWord(next)) {
                    out.append(' ');
                }
                i = k;
            } else {
                out.append(Character.toLowerCase(ch));
            }
        }
        return out.toString().replace(";", "");
    }

    private static boolean isWord(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '"' || ch == '\'';
    }
}
