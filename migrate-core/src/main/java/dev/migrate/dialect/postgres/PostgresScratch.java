package dev.migrate.dialect.postgres;

import dev.migrate.base.Setting;

import dev.migrate.base.Remedy;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.ScratchName;
import dev.migrate.dialect.ScratchSweep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A scratch database on the configured server, created and dropped through a connection to the configured
 * database (which is otherwise left alone).
 */
final class PostgresScratch implements ScratchDatabase {
    static final String PREFIX = "migrate_scratch_";
    private static final String PREFIX_URL = "jdbc:postgresql:";

    private final DatabaseConfig server;
    private final String name;
    private final DatabaseConfig config;
    private DatabaseConfig admin;

    private PostgresScratch(DatabaseConfig server, String name) {
        this.server = server;
        this.name = name;
        this.admin = server;
        this.config = new DatabaseConfig(withDatabase(server.url(), name), server.user(), server.password());
    }

    static PostgresScratch create(DatabaseConfig server, MigrateLog log) {
        PostgresScratch scratch = new PostgresScratch(server, ScratchName.next(PREFIX).name());
        try (Connection c = scratch.openAdmin(); Statement s = c.createStatement()) {
            sweep(s, server, log);
            s.execute("CREATE DATABASE " + scratch.name);
            scratch.skipDurability(s);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new MigrateException("Cannot create a scratch database on " + server.maskedUrl() + ": user "
                        + server.user() + " lacks the CREATEDB privilege",
                        Remedy.of("Grant CREATEDB to the user, or name a scratch database with ",
                                Remedy.name(Setting.SCRATCH_URL), "."), e);
            }
            throw new MigrateException("Cannot create a scratch database on " + server.maskedUrl() + ": "
                    + e.getMessage(), "Check that the server is reachable and accepts new databases.", e);
        }
        try {
            scratch.createSearchPathSchemas();
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
        return scratch;
    }

    /** Drops the scratch databases of killed runs; FORCE ends the sessions the server may still hold for them. */
    private static void sweep(Statement s, DatabaseConfig server, MigrateLog log) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database "
                + "WHERE datname LIKE 'migrate\\_scratch\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        ScratchSweep.sweep(PREFIX, names, server.maskedUrl(),
                name -> s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"), log);
    }

    /** It is thrown away after use, so its commits need not wait for the disk; only speed is lost if refused. */
    private void skipDurability(Statement s) {
        try {
            s.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
        } catch (SQLException e) {
            // a server that forbids the setting still runs the scratch work, only slower
        }
    }

    /**
     * A connection to the configured database, or to the server's maintenance database "postgres" while the
     * configured one does not exist yet (migrate:test and autogenerate do not need it).
     */
    private Connection openAdmin() {
        try {
            return new Database(admin).open();
        } catch (MigrateException e) {
            if (!(e.getCause() instanceof SQLException cause) || !"3D000".equals(cause.getSQLState())) {
                throw e;
            }
            admin = new DatabaseConfig(withDatabase(server.url(), "postgres"), server.user(), server.password());
            return new Database(admin).open();
        }
    }

    /**
     * A URL that sets currentSchema (or a search_path) names schemas the new database does not have yet; they are
     * created so that the scratch database is laid out like the configured one.
     */
    private void createSearchPathSchemas() {
        try (Connection c = new Database(config).open(); Statement s = c.createStatement()) {
            List<String> missing = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT p FROM unnest(string_to_array(current_setting('search_path'), "
                    + "',')) p")) {
                while (rs.next()) {
                    String schema = PostgresNames.unquote(rs.getString(1).strip());
                    if (!schema.isEmpty() && !schema.equals("$user") && !schema.equals("public")
                            && !schema.startsWith("pg_")) {
                        missing.add(schema);
                    }
                }
            }
            for (String schema : missing) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresNames.q(schema));
            }
        } catch (SQLException e) {
            throw new MigrateException("Cannot prepare the scratch database " + name + " on " + server.maskedUrl()
                    + ": " + e.getMessage(), e);
        }
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

    String name() {
        return name;
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    /** FORCE ends the sessions still connected to it, such as one a failed run left open. */
    @Override
    public void close() {
        try (Connection c = openAdmin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException | MigrateException e) {
            throw new MigrateException("Cannot drop the scratch database " + name + " on " + server.maskedUrl() + ": "
                    + e.getMessage(), "Drop it by hand: DROP DATABASE " + name + " WITH (FORCE);", e);
        }
    }
}
