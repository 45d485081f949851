package dev.migrate.maven;

import java.util.Properties;

/**
 * The connection settings as the goal runs with them. Maven gives a value in the pom's {@code <configuration>}
 * precedence over the same property on the command line; for these four the command line wins, as with Flyway's
 * plugin, so that a build can be pointed at a CI database without editing the pom. A {@code -Dmigrate.serverId}
 * also wins over the pom's user and password: the server's login is then the one meant.
 */
record ConnectionSettings(String url, String user, String password, String serverId) {
    static final String[] PROPERTIES = {
        MigrateProperties.URL, MigrateProperties.USER, MigrateProperties.PASSWORD, MigrateProperties.SERVER_ID
    };

    /** {@code configured} (the mojo's fields: the pom, or -D when the pom has none) with the command line over it. */
    static ConnectionSettings of(ConnectionSettings configured, Properties commandLine) {
        String url = commandLine.getProperty(MigrateProperties.URL, configured.url);
        String serverId = commandLine.getProperty(MigrateProperties.SERVER_ID, configured.serverId);
        boolean serverFromCommandLine = commandLine.getProperty(MigrateProperties.SERVER_ID) != null;
        String user = commandLine.getProperty(MigrateProperties.USER, serverFromCommandLine ? null : configured.user);
        String password =
                commandLine.getProperty(MigrateProperties.PASSWORD, serverFromCommandLine ? null : configured.password);
        return new ConnectionSettings(url, user, password, serverId);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", user=" + user + ", serverId=" + serverId + "]"; // no password
    }
}
