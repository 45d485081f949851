package dev.migrate.dialect;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a schema from the database's catalog with a fixed number of queries, whatever the number of tables,
 * leaving out the tables it is told to ignore (migrate's own) as the database itself would name them.
 */
public abstract class CatalogReader {
    protected final Connection connection;
    private final Set<String> ignored = new HashSet<>();

    /** @param unqualified an ignored table's name without the schema that may qualify it */
    protected CatalogReader(Connection connection, Set<String> ignoredTables, UnaryOperator<String> unqualified) {
        this.connection = connection;
        ignoredTables.forEach(t -> ignored.add(Sql.key(unqualified.apply(t))));
    }

    public abstract Schema read() throws SQLException;

    /** Whether {@code table} is one to leave out. */
    protected final boolean ignored(String table) {
        return ignored.contains(Sql.key(table));
    }

    protected final void query(String sql, Rows.Reader row) throws SQLException {
        Rows.forEach(connection, sql, row);
    }
}
