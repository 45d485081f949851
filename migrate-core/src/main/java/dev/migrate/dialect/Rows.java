package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a catalog query and hands each row to a reader: the shape of every dialect's bulk introspection. */
public final class Rows {
    /** What is done with one row. */
    public interface Reader {
        void accept(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    public static void forEach(Connection c, String sql, Reader reader) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                reader.accept(rs);
            }
        }
    }
}
