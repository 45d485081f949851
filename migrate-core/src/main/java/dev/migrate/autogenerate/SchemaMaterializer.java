package dev.migrate.autogenerate;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaStatement;
import dev.migrate.schema.SqlTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a schema source's schema on an empty scratch database and reads it back. The rows its INSERT statements put
 * in (a table generator's first value) are kept with the schema, to follow the creation of their tables.
 */
public final class SchemaMaterializer {
    private SchemaMaterializer() {}

    public static Schema materialize(SchemaSource source, Database scratch) {
        List<SchemaStatement> statements = source.statements(scratch.dialect());
        try (Connection c = scratch.open();
                Statement s = c.createStatement()) {
            // one transaction where DDL takes part in them: one commit instead of one per statement
            c.setAutoCommit(!scratch.dialect().transactionalDdl());
            Map<String, List<String>> seeds = new LinkedHashMap<>();
            for (SchemaStatement statement : statements) {
                String filled = insertedTable(statement.sql());
                if (filled != null) {
                    seeds.computeIfAbsent(filled, t -> new ArrayList<>()).add(statement.sql());
                }
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new MigrateException(
                            statement.origin() + ": the schema source fails on "
                                    + scratch.dialect().name() + ": " + e.getMessage(),
                            "Fix the statement in " + source.describe() + "; it is run on an empty scratch database.",
                            e);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return scratch.dialect()
                    .readSchema(c, Set.of(ScratchDatabase.MARKER_TABLE))
                    .withSeedRows(seeds);
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot read the schema of " + source.describe() + " from a scratch database: " + e.getMessage(),
                    e);
        }
    }

    /** The table an INSERT statement fills, or null for any other statement. */
    static String insertedTable(String sql) {
        List<SqlTokens.Token> ts = SqlTokens.lex(sql).stream()
                .filter(t -> t.kind() != SqlTokens.Kind.COMMENT)
                .toList();
        if (ts.size() < 3
                || !ts.get(0).is("INSERT")
                || !ts.get(1).is("INTO")
                || !ts.get(2).isName()) {
            return null;
        }
        int last = 2;
        while (last + 2 < ts.size()
                && ts.get(last + 1).isPunct('.')
                && ts.get(last + 2).isName()) {
            last += 2; // schema.table: the table counts
        }
        return ts.get(last).value();
    }
}
