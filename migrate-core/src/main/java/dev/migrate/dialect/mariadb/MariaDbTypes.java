package dev.migrate.dialect.mariadb;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
    private static final Pattern ENUM_OR_SET = Pattern.compile("(?i)(enum|set)\\(.*");

    private MariaDbTypes() {
    }

    /**
     * @param json       whether MariaDB's own json_valid check marks the LONGTEXT as JSON
     * @param collation  the column's collation, or null for types without one
     */
    static String type(String columnType, String charset, String collation, String tableCollation, String extra,
                       boolean json) {
        StringBuilder type = new StringBuilder(json ? "json" : caseSafe(columnType, charset));
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

    /**
     * The model upper-cases types (Sql.normalizeType), which would turn {@code enum('draft')} into
     * {@code ENUM('DRAFT')} and change the stored values when the column is created or modified. Values with
     * lower-case letters are therefore kept as hex literals, which MariaDB accepts in ENUM and SET and which
     * upper-casing leaves intact.
     */
    static String caseSafe(String columnType, String charset) {
        if (!ENUM_OR_SET.matcher(columnType).matches()) {
            return columnType;
        }
        Charset encoding = javaCharset(charset);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < columnType.length()) {
            char c = columnType.charAt(i);
            if (c != '\'') {
                out.append(c);
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            int j = i + 1;
            while (j < columnType.length()) {
                char d = columnType.charAt(j);
                if (d == '\\' && j + 1 < columnType.length()) {
                    value.append(columnType.charAt(j + 1));
                    j += 2;
                } else if (d == '\'' && j + 1 < columnType.length() && columnType.charAt(j + 1) == '\'') {
                    value.append('\'');
                    j += 2;
                } else if (d == '\'') {
                    break;
                } else {
                    value.append(d);
                    j++;
                }
            }
            String v = value.toString();
            if (v.equals(v.toUpperCase(Locale.ROOT))) {
                out.append(columnType, i, j + 1);
            } else {
                out.append("X'").append(HexFormat.of().withUpperCase().formatHex(v.getBytes(encoding))).append('\'');
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static Charset javaCharset(String charset) {
        String c = charset == null ? "" : charset.toLowerCase(Locale.ROOT);
        if (c.equals("latin1")) {
            return Charset.forName("windows-1252");
        }
        if (c.equals("ascii")) {
            return StandardCharsets.US_ASCII;
        }
        return StandardCharsets.UTF_8;
    }
}
