package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.ContainerConfiguration;
import org.codehaus.plexus.DefaultContainerConfiguration;
import org.codehaus.plexus.DefaultPlexusContainer;
import org.codehaus.plexus.PlexusConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the login comes from, with Maven's own settings decrypter (looked up in a Plexus container as Maven does,
 * reading a settings-security.xml with a master password): parameters, then the server of settings.xml, then the
 * environment.
 */
class CredentialsTest {
    @TempDir
    static Path home;

    private static DefaultPlexusContainer container;
    private static SettingsDecrypter decrypter;
    private static String encrypted;

    @BeforeAll
    static void maven() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        String master = cipher.encryptAndDecorate("master-secret", "settings.security");
        Path security = Files.writeString(
                home.resolve("settings-security.xml"),
                "<settingsSecurity><master>" + master + "</master></settingsSecurity>");
        System.setProperty("settings.security", security.toString());
        encrypted = cipher.encryptAndDecorate("from-settings", "master-secret");
        ContainerConfiguration cc = new DefaultContainerConfiguration()
                .setClassPathScanning(PlexusConstants.SCANNING_INDEX)
                .setAutoWiring(true)
                .setName("maven");
        container = new DefaultPlexusContainer(cc);
        decrypter = container.lookup(SettingsDecrypter.class);
    }

    @AfterAll
    static void close() {
        container.dispose();
        System.clearProperty("settings.security");
    }

    private static Settings settings(String password) {
        Server server = new Server();
        server.setId("db");
        server.setUsername("settings-user");
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void anEncryptedServerPasswordIsDecrypted() throws MojoFailureException {
        Credentials c = Credentials.resolve(null, null, "db", settings(encrypted), decrypter, Map.of());
        assertEquals("settings-user", c.user);
        assertEquals("from-settings", c.password);
    }

    @Test
    void parametersWinOverTheServerAndTheServerOverTheEnvironment() throws MojoFailureException {
        Map<String, String> env =
                Map.of(Credentials.USER_VARIABLE, "env-user", Credentials.PASSWORD_VARIABLE, "env-pw");
        Credentials c = Credentials.resolve("param-user", " ", "db", settings(encrypted), decrypter, env);
        assertEquals("param-user", c.user);
        assertEquals("from-settings", c.password, "a blank parameter is no parameter");
        Credentials e = Credentials.resolve(null, null, null, settings(encrypted), decrypter, env);
        assertEquals("env-user", e.user);
        assertEquals("env-pw", e.password);
        Credentials none = Credentials.resolve(null, null, null, null, decrypter, Map.of());
        assertNull(none.user);
        assertNull(none.password);
    }

    @Test
    void aMissingServerIsNamedWithTheParameter() {
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> Credentials.resolve(null, null, "nope", settings("x"), decrypter, Map.of()));
        assertTrue(
                e.getMessage().startsWith("Parameter migrate.serverId: no <server> with id 'nope' in settings.xml"),
                e.getMessage());
    }

    @Test
    void aPasswordThatCannotBeDecryptedIsRefused() {
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> Credentials.resolve(null, null, "db", settings("{not-base64-at-all}"), decrypter, Map.of()));
        assertTrue(
                e.getMessage()
                        .startsWith("Parameter migrate.serverId: the password of server 'db' cannot be " + "decrypted"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("not-base64"), "the secret is not echoed: " + e.getMessage());
    }
}
