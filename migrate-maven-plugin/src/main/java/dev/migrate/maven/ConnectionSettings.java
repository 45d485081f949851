package dev.migrate.maven;

import java.util.Properties;

/**
 * The connection settings as the goal runs with them. Maven gives a value in the pom's {@code <configuration>}
 * precedence over the same property on the command line; for these four the command line wins, as with Flyway's
 * plugin, so that a build can be pointed at a CI database without editing the pom. A {@code -Dmigrate.serverId}
 * also wins over the pom's user and password: the server's login is then the one meant.
 */
record ConnectionSettings(String url, String user, String password, String serverId) {
    /** {@code configured} (the mojo's fields: the pom, or -D when the pom has none) with the command line over it. */
    static ConnectionSettings of(ConnectionSettings configured, Properties commandLine) {
        String serverFromCommandLine = given(commandLine, MigrateProperties.SERVER_ID);
        return new ConnectionSettings(
                or(given(commandLine, MigrateProperties.URL), configured.url),
                or(given(commandLine, MigrateProperties.USER), serverFromCommandLine != null ? null : configured.user),
                or(
                        given(commandLine, MigrateProperties.PASSWORD),
                        serverFromCommandLine != null ? null : configured.password),
                or(serverFromCommandLine, configured.serverId));
    }

    /** The command line's value, unless it is missing or blank (-Dmigrate.url= sets nothing). */
    private static String given(Properties commandLine, String property) {
        String value = commandLine.getProperty(property);
        return value == null || value.isBlank() ? null : value;
    }

    private static String or(String first, String second) {
        return first != null ? first : second;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", user=" + user + ", serverId=" + serverId + "]"; // no password
    }
}
