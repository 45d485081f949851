package dev.migrate.runtime;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two tables migrate keeps in the database: {@code <name>} holds the current heads, {@code <name>_history} one
 * row per step. Renders the SQL that maintains them, the same text online and offline.
 */
public final class VersionTable {
    public static final String DEFAULT_NAME = "migrate_version";
    public static final String ACCEPT = "accept";
    public static final String STAMP = "stamp";
    /** The revision column of a stamp to base, which has no revision. */
    public static final String BASE = "base";
    /** Written before a step whose statements commit as they go, so that a run that dies leaves a trace. */
    public static final String RUNNING = "running:";
    /** Written when such a step fails part-way: "partial:up:3" means its first 3 statements ran. */
    public static final String PARTIAL = "partial:";

    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,50}\\.)?[A-Za-z_][A-Za-z0-9_]{0,50}");

    private final String table;
    private final String history;
    private final Dialect dialect;

    public VersionTable(String table, Dialect dialect) {
        if (table == null || !NAME.matcher(table).matches()) {
            throw new MigrateException(
                    "'" + table + "' is not a valid version table name",
                    Remedy.of(
                            "Use letters, digits and '_' for ",
                            Remedy.settings(Setting.VERSION_TABLE),
                            ", with an optional schema: audit.migrate_version."));
        }
        dialect.checkVersionTable(table);
        this.table = table;
        this.history = table + "_history";
        this.dialect = dialect;
    }

    public String table() {
        return table;
    }

    public String historyTable() {
        return history;
    }

    public List<String> createStatements() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS " + history + " (" + dialect.autoIncrementPrimaryKey("id")
                        + ", revision VARCHAR(32) NOT NULL, action VARCHAR(16) NOT NULL, checksum VARCHAR(64),"
                        + " applied_by VARCHAR(128), applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,"
                        + " duration_ms BIGINT)");
    }

    /** The statements that turn the stored heads {@code before} into {@code after}. */
    public List<String> updateStatements(Set<String> before, Set<String> after) {
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        List<String> sql = new ArrayList<>();
        if (removed.size() == 1 && added.size() == 1) {
            sql.add("UPDATE " + table + " SET version_num = "
                    + lit(added.iterator().next()) + " WHERE version_num = "
                    + lit(removed.iterator().next()));
            return sql;
        }
        for (String r : removed) {
            sql.add("DELETE FROM " + table + " WHERE version_num = " + lit(r));
        }
        for (String a : added) {
            sql.add("INSERT INTO " + table + " (version_num) VALUES (" + lit(a) + ")");
        }
        return sql;
    }

    public String purgeStatement() {
        return "DELETE FROM " + table;
    }

    public String historyInsert(String revision, String action, String checksum, Long durationMs) {
        return "INSERT INTO " + history + " (revision, action, checksum, applied_by, duration_ms) VALUES ("
                + lit(revision) + ", " + lit(action) + ", " + lit(checksum) + ", "
                + lit(System.getProperty("user.name")) + ", " + (durationMs == null ? "NULL" : durationMs) + ")";
    }

    private String lit(String value) {
        return dialect.quoteLiteral(value);
    }

    public boolean exists(Connection c) throws SQLException {
        return dialect.tableExists(c, table);
    }

    /** Whether both tables exist: a run killed while creating them may have left only the first. */
    public boolean complete(Connection c) throws SQLException {
        return dialect.tableExists(c, table) && dialect.tableExists(c, history);
    }

    public Set<String> readHeads(Connection c) throws SQLException {
        Set<String> heads = new LinkedHashSet<>();
        if (!exists(c)) {
            return heads;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + table + " ORDER BY version_num")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    public List<HistoryRow> readHistory(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        if (!dialect.tableExists(c, history)) {
            return rows;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, revision, action, checksum, applied_by, applied_at, duration_ms FROM " + history
                                + " ORDER BY id")) {
            while (rs.next()) {
                long duration = rs.getLong(7);
                Long durationMs = rs.wasNull() ? null : duration;
                rows.add(new HistoryRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        durationMs));
            }
        }
        return rows;
    }

    /** For each revision in {@code history}, the checksum of its upgrade section as last run or accepted. */
    public static Map<String, String> recordedChecksums(List<HistoryRow> history) {
        Map<String, String> sums = new HashMap<>();
        for (HistoryRow row : history) {
            if (row.checksum() != null
                    && (row.action().equals(Direction.UPGRADE.word())
                            || row.action().equals(ACCEPT))) {
                sums.put(row.revision(), row.checksum());
            }
        }
        return sums;
    }
}
