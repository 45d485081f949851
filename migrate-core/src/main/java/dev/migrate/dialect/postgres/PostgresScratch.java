package dev.migrate.dialect.postgres;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.ServerScratch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A scratch database on the configured PostgreSQL server; "postgres" is the maintenance database. */
final class PostgresScratch extends ServerScratch {
    private static final String PREFIX_URL = "jdbc:postgresql:";

    private PostgresScratch(DatabaseConfig server) {
        super(server);
    }

    static PostgresScratch create(DatabaseConfig server, MigrateLog log) {
        return (PostgresScratch) new PostgresScratch(server).create(log);
    }

    @Override
    protected String listQuery() {
        return "SELECT datname FROM pg_database WHERE datname LIKE 'migrate\\_scratch\\_%'";
    }

    /** FORCE ends the sessions still connected to it, such as one a failed run left open. */
    @Override
    protected String dropStatement(String database) {
        return "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
    }

    @Override
    protected MigrateException createFailed(SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new MigrateException(
                    "Cannot create a scratch database on " + server.maskedUrl() + ": user " + server.user()
                            + " lacks the CREATEDB privilege",
                    Remedy.of(
                            "Grant CREATEDB to the user, or " + "name a scratch database with ",
                            Remedy.name(Setting.SCRATCH_URL),
                            "."),
                    e);
        }
        return new MigrateException(
                "Cannot create a scratch database on " + server.maskedUrl() + ": " + e.getMessage(),
                "Check that the server is reachable and accepts new databases.",
                e);
    }

    /** It is thrown away after use, so its commits need not wait for the disk; only speed is lost if refused. */
    @Override
    protected void created(Statement admin) {
        try {
            admin.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
        } catch (SQLException e) {
            // a server that forbids the setting still runs the scratch work, only slower
        }
    }

    /**
     * A URL that sets currentSchema (or a search_path) names schemas the new database does not have yet; they are
     * created so that the scratch database is laid out like the configured one.
     */
    @Override
    protected void prepare(Connection scratch) throws SQLException {
        for (String entry : Rows.strings(
                scratch, "SELECT p FROM unnest(string_to_array(current_setting(" + "'search_path'), ',')) p")) {
            String schema = PostgresNames.unquote(entry.strip());
            if (!schema.isEmpty() && !schema.equals("$user") && !schema.equals("public") && !schema.startsWith("pg_")) {
                try (Statement s = scratch.createStatement()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresNames.q(schema));
                }
            }
        }
    }

    @Override
    protected boolean missingDatabase(SQLException e) {
        return "3D000".equals(e.getSQLState());
    }

    @Override
    protected String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    protected String urlWith(String url, String database) {
        return withDatabase(url, database);
    }

    /** The same URL naming another database: host, port and parameters stay. */
    static String withDatabase(String url, String database) {
        String rest = url.substring(PREFIX_URL.length());
        int query = rest.indexOf('?');
        String parameters = query < 0 ? "" : rest.substring(query);
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            String hosts = slash < 0 ? path : path.substring(0, slash);
            return PREFIX_URL + hosts + "/" + database + parameters;
        }
        return PREFIX_URL + database + parameters;
    }
}
