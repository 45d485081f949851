package dev.migrate.dialect.mariadb;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's type as the model keeps it: what information_schema says, plus the attributes that MODIFY COLUMN must
 * repeat or lose and that the model has no other place for (a collation other than the table's, INVISIBLE,
 * ON UPDATE).
 */
final class MariaDbTypes {
    static final String INVISIBLE = " INVISIBLE";
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update (\\S+)");

    private MariaDbTypes() {}

    /**
     * @param json       whether MariaDB's own json_valid check marks the LONGTEXT as JSON
     * @param collation  the column's collation, or null for types without one
     */
    static String type(
            String columnType, String charset, String collation, String tableCollation, String extra, boolean json) {
        StringBuilder type = new StringBuilder(json ? "json" : columnType);
        if (!json && collation != null && !collation.equalsIgnoreCase(tableCollation)) {
            type.append(" CHARACTER SET ").append(charset).append(" COLLATE ").append(collation);
        }
        String e = extra == null ? "" : extra;
        Matcher onUpdate = ON_UPDATE.matcher(e);
        if (onUpdate.find()) {
            type.append(" ON UPDATE ").append(onUpdate.group(1));
        }
        if (e.toUpperCase(Locale.ROOT).contains("INVISIBLE")) {
            type.append(INVISIBLE);
        }
        return type.toString();
    }
}
