package dev.migrate.dialect;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scratch database the user named (for when migrate may not create databases on the server): everything in it
 * is dropped before use and again when closed, so that each use starts empty and nothing is left behind. Since
 * emptying destroys data, it is refused for the configured database itself, however its URL is spelt (the
 * databases say who they are), and for a database holding tables migrate did not put there, unless the user
 * allows it: migrate marks a scratch database it uses, so that one a killed run left full is still its own.
 */
public final class EmptiedScratch implements ScratchDatabase {
    private final DatabaseConfig config;

    private EmptiedScratch(DatabaseConfig config) {
        this.config = config;
    }

    /**
     * @param configured the database being migrated, which the scratch database must not be
     * @param overwrite  whether tables migrate did not put there may be dropped
     */
    public static EmptiedScratch open(DatabaseConfig config, DatabaseConfig configured, boolean overwrite) {
        EmptiedScratch scratch = new EmptiedScratch(config);
        refuseTheConfiguredDatabase(config, configured);
        scratch.empty(overwrite);
        scratch.mark();
        return scratch;
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        empty(true);
    }

    private static void refuseTheConfiguredDatabase(DatabaseConfig scratch, DatabaseConfig configured) {
        Database real = new Database(configured);
        if (!real.dialect().exists(configured)) {
            return; // nothing there to lose, and reading would create it
        }
        String scratchIdentity = identity(scratch);
        if (scratchIdentity.equals(identity(configured))) {
            throw new MigrateException(
                    "The scratch database " + scratch.maskedUrl() + " is the database being " + "migrated ("
                            + configured.maskedUrl() + "): using it would drop every table in it",
                    Remedy.of(
                            "Name another, empty database for ",
                            Remedy.name(Setting.SCRATCH_URL),
                            ", one that holds nothing to keep."));
        }
    }

    private static String identity(DatabaseConfig config) {
        Database db = new Database(config);
        try (Connection c = db.open()) {
            return db.dialect().databaseIdentity(c);
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot tell which database " + config.maskedUrl() + " is: " + e.getMessage(),
                    "Check the URL; migrate compares the scratch database with the one being migrated before "
                            + "using it.",
                    e);
        }
    }

    private void empty(boolean overwrite) {
        Database db = new Database(config);
        Dialect dialect = db.dialect();
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            Schema found = dialect.readSchema(c, Set.of());
            List<String> names = new ArrayList<>(
                    found.tables().stream().map(Table::name).sorted().toList());
            found.views().forEach(v -> names.add(v.name()));
            if (!overwrite
                    && !names.isEmpty()
                    && found.table(ScratchDatabase.MARKER_TABLE).isEmpty()) {
                throw new MigrateException(
                        "The scratch database " + config.maskedUrl() + " holds tables migrate "
                                + "did not put there ("
                                + names.stream().limit(5).collect(Collectors.joining(", "))
                                + (names.size() > 5 ? ", ... " + names.size() + " in all" : "")
                                + "): using it would drop "
                                + "them",
                        Remedy.of(
                                "Name an empty database for ",
                                Remedy.name(Setting.SCRATCH_URL),
                                ", or set ",
                                Remedy.assign(Setting.SCRATCH_OVERWRITE, "true"),
                                " to let migrate drop everything in this one."));
            }
            for (Operation op :
                    SchemaDiff.compare(found, Schema.empty(), RenameHints.none(), dialect.forwardReferences())) {
                for (String sql : dialect.renderer().render(op)) {
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot empty the scratch database " + config.maskedUrl() + ": " + e.getMessage(),
                    Remedy.of(
                            "The scratch database (",
                            Remedy.name(Setting.SCRATCH_URL),
                            ") must be one migrate may empty: its tables are dropped before " + "and after each use."),
                    e);
        }
    }

    /** Tells a later run that the tables a killed run leaves here are migrate's own. */
    private void mark() {
        Database db = new Database(config);
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + ScratchDatabase.MARKER_TABLE + " (created_by VARCHAR(200))");
            s.execute("INSERT INTO " + ScratchDatabase.MARKER_TABLE + " VALUES ("
                    + db.dialect()
                            .quoteLiteral(ManagementFactory.getRuntimeMXBean().getName() + " at " + Instant.now())
                    + ")");
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot mark the scratch database " + config.maskedUrl() + ": " + e.getMessage(),
                    Remedy.of(
                            "The scratch database (",
                            Remedy.name(Setting.SCRATCH_URL),
                            ") must be one migrate may create tables in."),
                    e);
        }
    }
}
