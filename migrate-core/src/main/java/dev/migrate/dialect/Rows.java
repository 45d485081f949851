package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Catalog and control queries, in the shapes every dialect asks them: each row, the first row, a column, a yes. */
public final class Rows {
    /** What is done with one row. */
    public interface Reader {
        void accept(ResultSet rs) throws SQLException;
    }

    /** What one row stands for. */
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {}

    /**
     * Hands each row of {@code sql} (its {@code ?} bound to {@code params}) to {@code reader}. Without parameters
     * the query goes as it is, so that what a prepared statement may not hold (SHOW, a literal ?) is no concern.
     */
    public static void forEach(Connection c, String sql, Reader reader, Object... params) throws SQLException {
        if (params.length == 0) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    reader.accept(rs);
                }
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.accept(rs);
                }
            }
        }
    }

    /** The first row, mapped; null when there is none. */
    public static <T> T first(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        List<T> found = new ArrayList<>(1);
        forEach(
                c,
                sql,
                rs -> {
                    if (found.isEmpty()) {
                        found.add(mapper.map(rs));
                    }
                },
                params);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first row's first column as text; null when there is no row. */
    public static String one(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getString(1), params);
    }

    /** Whether the query returns a row. */
    public static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> Boolean.TRUE, params) != null;
    }

    /** The first column of every row, as text. */
    public static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        forEach(c, sql, rs -> out.add(rs.getString(1)), params);
        return out;
    }
}
