package dev.migrate.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Passwords in every URL form of the three drivers, and drivers that echo them: nothing migrate reports holds one,
 * not the message, not the hint, not the printed stack trace with its causes.
 */
@Tag("server")
class SecretsTest {

    @Test
    void everyUrlFormIsMaskedAndTheRestIsKept() {
        Map<String, String> masked = Map.of(
                "jdbc:postgresql://user:S3cret@host:5432/db",
                "jdbc:postgresql://user:****@host:5432/db",
                "jdbc:postgresql://user:p@ss/w:rd@host/db?ssl=true",
                "jdbc:postgresql://user:****@host/db?ssl=true",
                "jdbc:postgresql://host/db?user=u&password=S3cret&ssl=true",
                "jdbc:postgresql://host/db?user=u&password=****&ssl=true",
                "jdbc:sqlserver://host;user=u;password=S3cret;db=x",
                "jdbc:sqlserver://host;user=u;password=****;db=x",
                "jdbc:mariadb://host:3306/db?sslPassword=S3cret",
                "jdbc:mariadb://host:3306/db?sslPassword=****",
                "jdbc:mysql:loadbalance://u:S3cret@h1,h2/db",
                "jdbc:mysql:loadbalance://u:****@h1,h2/db",
                "Unknown database 'test;password=S3cret'",
                "Unknown database 'test;password=****'",
                "jdbc:sqlite:/tmp/app.db",
                "jdbc:sqlite:/tmp/app.db",
                "jdbc:postgresql://user@host/db",
                "jdbc:postgresql://user@host/db");
        masked.forEach((url, expected) -> assertEquals(expected, JdbcUrls.mask(url), url));
        assertEquals(
                "jdbc:postgresql://host/db?password=****",
                JdbcUrls.mask("jdbc:postgresql://host/db?password=****abc"),
                "a password that starts like the mask is masked whole");
    }

    @Test
    void everySecretOfARunIsRedactedWhereverItAppears() {
        Secrets secrets = Secrets.of(
                new DatabaseConfig("jdbc:mariadb://u:Info%40Secret@host/db?password=ParamSecret", "u", "PropSecret"),
                new DatabaseConfig("jdbc:postgresql://host/scratch;password=ScratchSecret", null, null));
        String text = secrets.redact("Incorrect port value : Info@Secret@host; ParamSecret PropSecret, "
                + "database \"scratch;password=ScratchSecret\", Info%40Secret");
        for (String secret :
                new String[] {"Info@Secret", "Info%40Secret", "ParamSecret", "PropSecret", "ScratchSecret"}) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
        assertTrue(text.startsWith("Incorrect port value : ****@host"), text);
    }

    @Test
    void postgresDriverMessagesNeverShowThePassword() {
        TestServers.postgres();
        String secret = "PgSecret" + System.nanoTime();
        assertRedacted(
                new DatabaseConfig("jdbc:postgresql://postgres:" + secret + "@127.0.0.1:5432/test", null, null),
                secret,
                "attempt failed"); // the driver takes it for a host name: UnknownHostException
        assertRedacted(
                new DatabaseConfig("jdbc:postgresql://127.0.0.1:5432/test;password=" + secret, "postgres", null),
                secret,
                "does not exist"); // taken for the database's name
        assertRedacted(
                new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/test?password=" + secret, "postgres", null),
                secret,
                "refused");
        assertRedacted(
                new DatabaseConfig(
                        "jdbc:postgresql://127.0.0.1:5432/test?password=" + secret + "&connectTimeout=" + secret,
                        "postgres",
                        null),
                secret,
                "connectTimeout");
    }

    @Test
    void mariadbDriverMessagesNeverShowThePassword() {
        TestServers.mariadb();
        String secret = "MariaSecret" + System.nanoTime();
        assertRedacted(
                new DatabaseConfig("jdbc:mariadb://root:" + secret + "@127.0.0.1:3306/test", null, null),
                secret,
                "port"); // "Incorrect port value : <password>@127.0.0.1"
        assertRedacted(
                new DatabaseConfig("jdbc:mariadb://127.0.0.1:3306/test;password=" + secret, "root", ""),
                secret,
                "Unknown database");
        assertRedacted(
                new DatabaseConfig(
                        "jdbc:mariadb://127.0.0.1:3306/test?password=" + secret + "&sslMode=" + secret, "root", null),
                secret,
                "SslMode");
        assertRedacted(
                new DatabaseConfig("jdbc:mysql://127.0.0.1:3306/test?password=" + secret, "root", null), secret, "");
        assertRedacted(
                new DatabaseConfig("jdbc:mariadb://127.0.0.1:3306/test", "nobody_" + secret, secret),
                secret,
                "Access denied");
    }

    @Test
    void sqliteDriverMessagesNeverShowThePassword() {
        String secret = "LiteSecret" + System.nanoTime();
        assertRedacted(
                new DatabaseConfig("jdbc:sqlite:/no/such/dir/" + secret + ".db?password=" + secret, null, secret),
                secret,
                "");
    }

    /** Connecting fails; its message says why, and nothing shown of the error holds the secret. */
    private static void assertRedacted(DatabaseConfig config, String secret, String reason) {
        MigrateException e = assertThrows(
                MigrateException.class, () -> new Database(config).open().close());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String shown = e.getMessage() + "\n" + e.hint() + "\n" + trace;
        assertFalse(shown.contains(secret), config.maskedUrl() + " shows its secret:\n" + shown);
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(
                e.getMessage().startsWith("Cannot connect to ")
                        || e.getMessage().startsWith("No JDBC driver"),
                e.getMessage());
    }
}
