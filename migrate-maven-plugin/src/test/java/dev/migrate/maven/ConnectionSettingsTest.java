package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import java.util.Properties;

/** The command line's connection settings over the pom's, each on its own; a server named there over the pom's login. */
class ConnectionSettingsTest {
    private static final ConnectionSettings POM =
            new ConnectionSettings("jdbc:postgresql://prod/app", "app", "pom-secret", null);

    @Test
    void theCommandLineWinsSettingBySetting() {
        Properties cli = new Properties();
        cli.setProperty(MigrateProperties.URL, "jdbc:postgresql://ci/app");
        assertEquals(
                new ConnectionSettings("jdbc:postgresql://ci/app", "app", "pom-secret", null),
                ConnectionSettings.of(POM, cli));
        cli.setProperty(MigrateProperties.USER, "ci");
        cli.setProperty(MigrateProperties.PASSWORD, "ci-secret");
        assertEquals(
                new ConnectionSettings("jdbc:postgresql://ci/app", "ci", "ci-secret", null),
                ConnectionSettings.of(POM, cli));
    }

    @Test
    void aServerOnTheCommandLineReplacesThePomsLogin() {
        Properties cli = new Properties();
        cli.setProperty(MigrateProperties.SERVER_ID, "ci-db");
        assertEquals(
                new ConnectionSettings("jdbc:postgresql://prod/app", null, null, "ci-db"),
                ConnectionSettings.of(POM, cli));
    }

    @Test
    void nothingOnTheCommandLineKeepsThePom() {
        assertEquals(POM, ConnectionSettings.of(POM, new Properties()));
        Properties blank = new Properties();
        blank.setProperty(MigrateProperties.URL, " ");
        assertEquals(POM, ConnectionSettings.of(POM, blank), "-Dmigrate.url= sets nothing");
        assertFalse(POM.toString().contains("pom-secret"));
    }
}
