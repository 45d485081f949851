package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Map;

/**
 * Where the database user and password come from, first found wins: the goal's parameters (pom or -D), the
 * settings.xml {@code <server>} named by serverId (decrypted as Maven decrypts it), then the environment variables
 * MIGRATE_USER and MIGRATE_PASSWORD.
 */
final class Credentials {
    static final String USER_VARIABLE = "MIGRATE_USER";
    static final String PASSWORD_VARIABLE = "MIGRATE_PASSWORD";

    final String user;
    final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    static Credentials resolve(
            String user,
            String password,
            String serverId,
            Settings settings,
            SettingsDecrypter decrypter,
            Map<String, String> environment)
            throws MojoFailureException {
        String u = blankToNull(user);
        String p = blankToNull(password);
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings == null ? null : settings.getServer(serverId.strip());
            if (server == null) {
                throw HelpfulMessages.parameter(
                        MigrateProperties.SERVER_ID,
                        "no <server> with id '" + serverId.strip() + "' in settings.xml",
                        "Add <server><id>" + serverId.strip() + "</id><username>...</username>"
                                + "<password>...</password></server> to ~/.m2/settings.xml (mvn --encrypt-password encrypts it).");
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw HelpfulMessages.parameter(
                            MigrateProperties.SERVER_ID,
                            "the password of server '" + serverId.strip() + "' cannot be decrypted: "
                                    + problem.getMessage(),
                            "Check ~/.m2/settings-security.xml and the encrypted password in settings.xml.");
                }
            }
            Server decrypted = result.getServer();
            u = u != null ? u : blankToNull(decrypted.getUsername());
            p = p != null ? p : blankToNull(decrypted.getPassword());
        }
        u = u != null ? u : blankToNull(environment.get(USER_VARIABLE));
        p = p != null ? p : blankToNull(environment.get(PASSWORD_VARIABLE));
        return new Credentials(u, p);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
