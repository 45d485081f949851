package dev.migrate.autogenerate;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** Builds a schema source's schema on an empty scratch database and reads it back. */
public final class SchemaMaterializer {
    private SchemaMaterializer() {}

    public static Schema materialize(SchemaSource source, Database scratch) {
        List<SchemaStatement> statements = source.statements(scratch.dialect());
        try (Connection c = scratch.open();
                Statement s = c.createStatement()) {
            // one transaction where DDL takes part in them: one commit instead of one per statement
            c.setAutoCommit(!scratch.dialect().transactionalDdl());
            for (SchemaStatement statement : statements) {
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
            return scratch.dialect().readSchema(c, Set.of(ScratchDatabase.MARKER_TABLE));
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot read the schema of " + source.describe() + " from a scratch database: " + e.getMessage(),
                    e);
        }
    }
}
