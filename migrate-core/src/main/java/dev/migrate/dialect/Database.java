package dev.migrate.dialect;

import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;

/** A configured database and its dialect; opens connections. */
public final class Database {
    private final DatabaseConfig config;
    private final Dialect dialect;

    public Database(DatabaseConfig config) {
        this.config = config;
        this.dialect = Dialects.forUrl(config.url());
    }

    public DatabaseConfig config() {
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection open() {
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        try {
            Connection connection = connect(props);
            dialect.configure(connection);
            return releasingOnClose(connection);
        } catch (SQLException e) {
            // drivers echo what they could not parse: a password taken for a host or a port, a database name
            throw redacted(new DatabaseException(
                    "Cannot connect to " + config.maskedUrl() + ": " + e.getMessage(),
                    dialect.hint(
                            e,
                            Remedy.of(
                                    "Check ",
                                    Remedy.settings(Setting.URL, Setting.USER, Setting.PASSWORD),
                                    " and that the database is running.")),
                    e));
        } catch (DatabaseException e) {
            throw redacted(e);
        }
    }

    private DatabaseException redacted(DatabaseException e) {
        e.redact(Secrets.of(config)::redact);
        return e;
    }

    /** The connection, whose close() first lets the dialect undo its settings. */
    private Connection releasingOnClose(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                        try {
                            dialect.release(connection);
                        } catch (SQLException e) {
                            // closing matters more than the setting: the database is consistent either way
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Asks the drivers visible to this class loader directly: DriverManager only knows drivers that were visible
     * when it was first used, which inside a build tool is often before this plugin was loaded.
     */
    private Connection connect(Properties props) throws SQLException {
        if (config.dataSource() != null) {
            return config.dataSource().getConnection();
        }
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(Database.class.getClassLoader());
        if (Thread.currentThread().getContextClassLoader() != null) {
            loaders.add(Thread.currentThread().getContextClassLoader());
        }
        for (ClassLoader loader : loaders) {
            for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
                if (driver.acceptsURL(config.url())) {
                    Connection c = driver.connect(config.url(), props);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        try {
            return DriverManager.getConnection(config.url(), props);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState())
                    || String.valueOf(e.getMessage()).startsWith("No suitable driver")) {
                throw new DatabaseException(
                        "No JDBC driver for " + config.maskedUrl() + " is on the classpath",
                        Remedy.of(new Remedy.AddDriver(dialect.driver(config.url()))),
                        e);
            }
            throw e;
        }
    }
}
