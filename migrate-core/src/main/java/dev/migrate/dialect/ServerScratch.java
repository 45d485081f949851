package dev.migrate.dialect;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database of its own on the configured server, created and dropped through a connection to the
 * configured database (which is otherwise left alone), or to the server's maintenance database while the configured
 * one does not exist yet (migrate:test and autogenerate do not need it). Creating one first drops those that killed
 * runs left ({@link ScratchSweep}). A dialect says how its server lists, creates and drops databases.
 */
public abstract class ServerScratch implements ScratchDatabase {
    public static final String PREFIX = "migrate_scratch_";

    protected final DatabaseConfig server;
    protected final String name = ScratchName.next(PREFIX).name();
    private DatabaseConfig admin;

    protected ServerScratch(DatabaseConfig server) {
        this.server = server;
        this.admin = server;
    }

    /** The query that lists the server's databases whose names start with {@link #PREFIX}. */
    protected abstract String listQuery();

    /** DROP DATABASE of {@code database}, ending what would hold it up. */
    protected abstract String dropStatement(String database);

    /** The URL with another database: host, port and parameters stay. */
    protected abstract String urlWith(String url, String database);

    /** Whether connecting failed because the configured database does not exist (yet). */
    protected abstract boolean missingDatabase(SQLException e);

    /** The database to connect to while the configured one does not exist ("" for the server alone). */
    protected abstract String maintenanceDatabase();

    /** What to throw when CREATE DATABASE failed with {@code e}. */
    protected abstract MigrateException createFailed(SQLException e);

    /** CREATE DATABASE, through the connection to the configured database. */
    protected String createStatement(Connection configured) throws SQLException {
        return "CREATE DATABASE " + name;
    }

    /** What follows CREATE DATABASE on the same connection. */
    protected void created(Statement admin) throws SQLException {}

    /** What the new database needs before use, through a connection to it. */
    protected void prepare(Connection scratch) throws SQLException {}

    /** What precedes DROP DATABASE on the same connection. */
    protected void beforeDrop(Statement admin) throws SQLException {}

    /** Creates the database; returns this. */
    protected final ServerScratch create(MigrateLog log) {
        try (Connection c = openAdmin();
                Statement s = c.createStatement()) {
            ScratchSweep.sweep(
                    PREFIX,
                    Rows.strings(c, listQuery()),
                    server.maskedUrl(),
                    stale -> s.execute(dropStatement(stale)),
                    log);
            s.execute(createStatement(c));
            created(s);
        } catch (SQLException e) {
            throw createFailed(e);
        }
        try (Connection c = new Database(config()).open()) {
            prepare(c);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e instanceof RuntimeException r
                    ? r
                    : new MigrateException(
                            "Cannot prepare the scratch database " + name + " on " + server.maskedUrl() + ": "
                                    + e.getMessage(),
                            e);
        }
        return this;
    }

    public String name() {
        return name;
    }

    @Override
    public DatabaseConfig config() {
        return new DatabaseConfig(urlWith(server.url(), name), server.user(), server.password());
    }

    @Override
    public void close() {
        try (Connection c = openAdmin();
                Statement s = c.createStatement()) {
            beforeDrop(s);
            s.execute(dropStatement(name));
        } catch (SQLException | MigrateException e) {
            throw new DatabaseException(
                    "Cannot drop the scratch database " + name + " on " + server.maskedUrl() + ": "
                            + oneLine(e.getMessage()),
                    "Drop it by hand: " + dropStatement(name) + ";",
                    e);
        }
    }

    private Connection openAdmin() {
        try {
            return new Database(admin).open();
        } catch (MigrateException e) {
            if (admin != server || !(e.getCause() instanceof SQLException cause) || !missingDatabase(cause)) {
                throw e;
            }
            admin = new DatabaseConfig(urlWith(server.url(), maintenanceDatabase()), server.user(), server.password());
            return new Database(admin).open();
        }
    }

    protected static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
