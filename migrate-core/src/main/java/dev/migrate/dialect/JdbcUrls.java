package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URL helpers. Secrets in URLs are masked before any URL is shown. */
public final class JdbcUrls {
    private static final String PASSWORD_KEY = "(?i)((?:password|passwd|pwd|secret|token)=)";
    private static final String PASSWORD_VALUE = "([^&;?'\"\\s)(]*)";
    private static final Pattern PASSWORD_PARAM = Pattern.compile(PASSWORD_KEY + PASSWORD_VALUE);
    /** In text whose known secrets are replaced already, a value that is the mask is left, with what follows it. */
    private static final Pattern UNMASKED_PASSWORD_PARAM =
            Pattern.compile(PASSWORD_KEY + "(?!\\*{4})" + PASSWORD_VALUE);

    private static final Pattern URL_START =
            Pattern.compile("jdbc:[a-z0-9]+:(?:[a-z0-9]+:)?//", Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {}

    /** The URL (or any text holding URLs) with the password of each user information and parameter masked. */
    public static String mask(String url) {
        return url == null ? null : masked(PASSWORD_PARAM.matcher(url).replaceAll("$1" + Secrets.MASK));
    }

    /**
     * As {@link #mask}, for text in which the run's known secrets were replaced by the mask already: a parameter
     * whose value is the mask keeps what follows it ("password=****: Connection refused").
     */
    static String maskRemaining(String text) {
        return text == null
                ? null
                : masked(UNMASKED_PASSWORD_PARAM.matcher(text).replaceAll("$1" + Secrets.MASK));
    }

    /** The text with the password of each URL's user information masked. */
    private static String masked(String text) {
        StringBuilder out = new StringBuilder();
        var m = URL_START.matcher(text);
        int done = 0;
        while (m.find()) {
            int authorityStart = m.end();
            int at = userInfoEnd(text, authorityStart);
            int colon = at < 0 ? -1 : text.indexOf(':', authorityStart);
            if (colon >= 0 && colon < at) {
                out.append(text, done, colon + 1).append(Secrets.MASK);
                done = at;
            }
        }
        return out.append(text.substring(done)).toString();
    }

    /** The values of the URL's password-like parameters ({@code password=}, {@code sslPassword=}, {@code token=}...). */
    static List<String> passwordParameters(String url) {
        List<String> values = new ArrayList<>();
        Matcher m = PASSWORD_PARAM.matcher(url);
        while (m.find()) {
            values.add(m.group(2));
        }
        return values;
    }

    /** The password in {@code //user:password@host}, or null. */
    static String userInfoPassword(String url) {
        var m = URL_START.matcher(url);
        if (!m.find()) {
            return null;
        }
        int at = userInfoEnd(url, m.end());
        int colon = at < 0 ? -1 : url.indexOf(':', m.end());
        return colon >= 0 && colon < at ? url.substring(colon + 1, at) : null;
    }

    /**
     * Where the user information of the authority starting at {@code from} ends: the last '@' before the path, the
     * parameters or the end of the URL (a password may itself hold '@' or '/'), or -1 without user information.
     */
    private static int userInfoEnd(String text, int from) {
        int end = from;
        while (end < text.length() && "?;# \t\r\n'\"".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        int at = text.lastIndexOf('@', end - 1);
        return at >= from ? at : -1;
    }

    /** "jdbc:sqlite:..." gives "sqlite". */
    public static String kind(String url) {
        if (url == null || !url.startsWith("jdbc:")) {
            return "";
        }
        int end = url.indexOf(':', 5);
        return end < 0 ? url.substring(5) : url.substring(5, end);
    }
}
