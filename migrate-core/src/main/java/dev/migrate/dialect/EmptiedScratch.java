package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A scratch database the user named (for when migrate may not create databases on the server): everything in it
 * is dropped before use and again when closed, so that each use starts empty and nothing is left behind.
 */
public final class EmptiedScratch implements ScratchDatabase {
    private final DatabaseConfig config;

    private EmptiedScratch(DatabaseConfig config) {
        this.config = config;
    }

    public static EmptiedScratch open(DatabaseConfig config) {
        EmptiedScratch scratch = new EmptiedScratch(config);
        scratch.empty();
        return scratch;
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        empty();
    }

    private void empty() {
        Database db = new Database(config);
        Dialect dialect = db.dialect();
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            Schema found = dialect.readSchema(c, Set.of());
            for (Operation op : SchemaDiff.compare(found, Schema.empty(), RenameHints.none())) {
                for (String sql : dialect.renderer().render(op)) {
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new MigrateException("Cannot empty the scratch database " + config.maskedUrl() + ": "
                    + e.getMessage(), "The scratch database (migrate.scratchUrl) must be one migrate may empty: "
                    + "its tables are dropped before and after each use.", e);
        }
    }
}
