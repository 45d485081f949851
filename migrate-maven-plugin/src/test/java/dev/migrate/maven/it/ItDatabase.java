package dev.migrate.maven.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the SQLite file an integration test's build left behind; called from the ITs' verify.groovy scripts. */
public final class ItDatabase {
    private ItDatabase() {
    }

    /** User tables and indexes, sorted: "table todos", "index ix_todos_live". */
    public static List<String> objects(File db) throws SQLException {
        return column(db, "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                + "AND name NOT LIKE 'migrate_version%' ORDER BY type DESC, name");
    }

    public static List<String> columns(File db, String table) throws SQLException {
        return column(db, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
    }

    /** The version table's rows, sorted. */
    public static List<String> versions(File db) throws SQLException {
        return column(db, "SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /** The history as "action revision" lines, oldest first. */
    public static List<String> history(File db) throws SQLException {
        return column(db, "SELECT action || ' ' || revision FROM migrate_version_history ORDER BY id");
    }

    /** Rows of any query, each row's columns joined with '|'. */
    public static List<String> column(File db, String sql) throws SQLException {
        if (!db.isFile()) {
            throw new AssertionError("No database file " + db);
        }
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.getAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    row.append(k > 1 ? "|" : "").append(rs.getString(k));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
