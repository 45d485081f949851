package dev.migrate.dialect;

import java.util.regex.Pattern;

/** JDBC URL helpers. Secrets in URLs are masked before any URL is shown. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|passwd|pwd|secret|token)=)(?!\\*{4})([^&;?'\"\\s)(]*)");
    private static final Pattern URL_START = Pattern.compile("jdbc:[a-z0-9]+:(?:[a-z0-9]+:)?//", Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    /** The URL (or any text holding URLs) with the password of each user information and parameter masked. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1" + Secrets.MASK);
        StringBuilder out = new StringBuilder();
        var m = URL_START.matcher(masked);
        int done = 0;
        while (m.find()) {
            int authorityStart = m.end();
            int at = userInfoEnd(masked, authorityStart);
            int colon = at < 0 ? -1 : masked.indexOf(':', authorityStart);
            if (colon >= 0 && colon < at) {
                out.append(masked, done, colon + 1).append(Secrets.MASK);
                done = at;
            }
        }
        return out.append(masked.substring(done)).toString();
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
