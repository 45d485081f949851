package dev.migrate.dialect;

import java.util.regex.Pattern;

/** JDBC URL helpers. Secrets in URLs are masked before any URL is shown. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|passwd|pwd|secret|token)=)([^&;?]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]*:)([^@/]*)(@)");

    private JdbcUrls() {
    }

    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(masked).replaceAll("$1****$3");
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
