package dev.migrate.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's release when the linter is connected: some statements are dangerous only before a release. */
public record ServerVersion(boolean mariaDb, int major, int minor, int patch) {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** A PostgreSQL or MySQL release. */
    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(false, major, minor, patch);
    }

    public static ServerVersion mariaDb(int major, int minor, int patch) {
        return new ServerVersion(true, major, minor, patch);
    }

    /**
     * From what JDBC reports: {@code 15.20 (Debian 15.20-0+deb12u1)}, {@code 8.0.36}, {@code 10.11.6-MariaDB-0+deb12u1},
     * or {@code 5.5.5-10.11.6-MariaDB}, the prefix MariaDB sends MySQL clients.
     */
    public static ServerVersion parse(String product, String version) {
        boolean mariaDb = product.toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                || version.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        String v = mariaDb && version.startsWith("5.5.5-") ? version.substring(6) : version;
        Matcher m = NUMBERS.matcher(v);
        if (!m.find()) {
            return new ServerVersion(mariaDb, 0, 0, 0);
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ServerVersion(mariaDb, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    /** Whether it is this release or a later one. */
    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major) {
            return this.major > major;
        }
        if (this.minor != minor) {
            return this.minor > minor;
        }
        return this.patch >= patch;
    }

    @Override
    public String toString() {
        return (mariaDb ? "MariaDB " : "") + major + "." + minor + "." + patch;
    }
}
