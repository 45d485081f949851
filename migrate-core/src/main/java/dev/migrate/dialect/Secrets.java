package dev.migrate.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The passwords of a run, wherever they were given (a parameter, the environment, settings.xml, any part of a URL),
 * and the redaction of every text migrate prints: each of them is replaced wherever it appears, since a driver's
 * message may echo a URL or a password in a form no URL pattern foresees ("Incorrect port value : secret@host",
 * "Unknown database 'db;password=secret'"); then every URL-shaped secret left is masked as well.
 */
public final class Secrets {
    public static final String MASK = "****";

    private final List<String> secrets;

    private Secrets(Set<String> secrets) {
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(longestFirst);
    }

    public static final Secrets NONE = new Secrets(Set.of());

    /** The secrets of these databases (null entries are skipped). */
    public static Secrets of(DatabaseConfig... configs) {
        Set<String> found = new LinkedHashSet<>();
        for (DatabaseConfig config : configs) {
            if (config != null) {
                add(found, config.password());
                inUrl(config.url(), found);
            }
        }
        return new Secrets(found);
    }

    /** These secrets and those of {@code more}. */
    public Secrets and(Secrets more) {
        Set<String> all = new LinkedHashSet<>(secrets);
        all.addAll(more.secrets);
        return new Secrets(all);
    }

    /** The text with every secret replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return JdbcUrls.maskRemaining(redacted);
    }

    /** The password of a URL's user information ({@code //user:password@host}) and of each password parameter. */
    static void inUrl(String url, Set<String> found) {
        if (url == null) {
            return;
        }
        String userInfoPassword = JdbcUrls.userInfoPassword(url);
        add(found, userInfoPassword);
        for (String value : JdbcUrls.passwordParameters(url)) {
            add(found, value);
        }
    }

    private static void add(Set<String> found, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        found.add(secret);
        try {
            found.add(URLDecoder.decode(secret, StandardCharsets.UTF_8)); // drivers echo what they decoded
        } catch (IllegalArgumentException e) {
            // not URL-encoded: the literal form is all there is
        }
    }
}
