package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Identifiers;

import java.util.Set;

/** Identifiers and literals in MariaDB's syntax, with backticks only where a name needs them. */
final class MariaDbNames {
    /**
     * The words of MariaDB 10.11's information_schema.KEYWORDS that cannot name a column unquoted, and the words that
     * MySQL 8 reserves besides (the dialect also serves MySQL, and quoting them costs nothing on MariaDB).
     */
    private static final Set<String> RESERVED = Set.of(
            "ACCESSIBLE",
            "ADD",
            "ALL",
            "ALTER",
            "ANALYZE",
            "AND",
            "AS",
            "ASC",
            "ASENSITIVE",
            "BEFORE",
            "BETWEEN",
            "BIGINT",
            "BINARY",
            "BLOB",
            "BOTH",
            "BY",
            "CALL",
            "CASCADE",
            "CASE",
            "CHANGE",
            "CHAR",
            "CHARACTER",
            "CHECK",
            "COLLATE",
            "COLUMN",
            "CONDITION",
            "CONSTRAINT",
            "CONTINUE",
            "CONVERT",
            "CREATE",
            "CROSS",
            "CURRENT_DATE",
            "CURRENT_ROLE",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "CURRENT_USER",
            "CURSOR",
            "DATABASES",
            "DAY_HOUR",
            "DAY_MICROSECOND",
            "DAY_MINUTE",
            "DAY_SECOND",
            "DEC",
            "DECIMAL",
            "DECLARE",
            "DEFAULT",
            "DELAYED",
            "DELETE",
            "DELETE_DOMAIN_ID",
            "DESC",
            "DESCRIBE",
            "DETERMINISTIC",
            "DISTINCT",
            "DISTINCTROW",
            "DIV",
            "DOUBLE",
            "DO_DOMAIN_IDS",
            "DROP",
            "DUAL",
            "EACH",
            "ELSE",
            "ELSEIF",
            "ENCLOSED",
            "ESCAPED",
            "EXCEPT",
            "EXISTS",
            "EXIT",
            "EXPLAIN",
            "FALSE",
            "FETCH",
            "FLOAT",
            "FLOAT4",
            "FLOAT8",
            "FOR",
            "FORCE",
            "FOREIGN",
            "FROM",
            "FULLTEXT",
            "GRANT",
            "GROUP",
            "HAVING",
            "HIGH_PRIORITY",
            "HOUR_MICROSECOND",
            "HOUR_MINUTE",
            "HOUR_SECOND",
            "IF",
            "IGNORE",
            "IGNORE_DOMAIN_IDS",
            "INTERSECT",
            "IN",
            "INDEX",
            "INFILE",
            "INNER",
            "INOUT",
            "INSENSITIVE",
            "INSERT",
            "INT",
            "INT1",
            "INT2",
            "INT3",
            "INT4",
            "INT8",
            "INTEGER",
            "INTERVAL",
            "INTO",
            "IS",
            "ITERATE",
            "JOIN",
            "KEY",
            "KEYS",
            "KILL",
            "LEADING",
            "LEAVE",
            "LEFT",
            "LIKE",
            "LIMIT",
            "LINEAR",
            "LINES",
            "LOAD",
            "LOCALTIME",
            "LOCALTIMESTAMP",
            "LOCK",
            "LONG",
            "LONGBLOB",
            "LONGTEXT",
            "LOOP",
            "LOW_PRIORITY",
            "MASTER_SSL_VERIFY_SERVER_CERT",
            "MASTER_DEMOTE_TO_REPLICA",
            "MASTER_DEMOTE_TO_SLAVE",
            "MATCH",
            "MAXVALUE",
            "MEDIUMBLOB",
            "MEDIUMINT",
            "MEDIUMTEXT",
            "MIDDLEINT",
            "MINUTE_MICROSECOND",
            "MINUTE_SECOND",
            "MOD",
            "MODIFIES",
            "NATURAL",
            "NOT",
            "NO_WRITE_TO_BINLOG",
            "NULL",
            "NUMERIC",
            "OFFSET",
            "ON",
            "OPTIMIZE",
            "OPTIONALLY",
            "OR",
            "ORDER",
            "OUT",
            "OUTER",
            "OUTFILE",
            "OVER",
            "PAGE_CHECKSUM",
            "PARSE_VCOL_EXPR",
            "PARTITION",
            "PORTION",
            "PRECISION",
            "PRIMARY",
            "PROCEDURE",
            "PURGE",
            "RANGE",
            "READ",
            "READ_WRITE",
            "READS",
            "REAL",
            "RECURSIVE",
            "REFERENCES",
            "REGEXP",
            "RELEASE",
            "RENAME",
            "REPLACE",
            "REPEAT",
            "REQUIRE",
            "RESIGNAL",
            "RESTRICT",
            "RETURN",
            "RETURNING",
            "REVOKE",
            "RIGHT",
            "RLIKE",
            "ROWS",
            "ROW_NUMBER",
            "SCHEMAS",
            "SECOND_MICROSECOND",
            "SELECT",
            "SENSITIVE",
            "SEPARATOR",
            "SET",
            "SHOW",
            "SIGNAL",
            "SMALLINT",
            "SPATIAL",
            "SPECIFIC",
            "REF_SYSTEM_ID",
            "SQL",
            "SQLEXCEPTION",
            "SQLSTATE",
            "SQLWARNING",
            "SQL_BIG_RESULT",
            "SQL_CALC_FOUND_ROWS",
            "SQL_SMALL_RESULT",
            "SSL",
            "STARTING",
            "STATS_AUTO_RECALC",
            "STATS_PERSISTENT",
            "STATS_SAMPLE_PAGES",
            "STRAIGHT_JOIN",
            "TABLE",
            "TERMINATED",
            "THEN",
            "TINYBLOB",
            "TINYINT",
            "TINYTEXT",
            "TO",
            "TRAILING",
            "TRIGGER",
            "TRUE",
            "UNDO",
            "UNION",
            "UNIQUE",
            "UNLOCK",
            "UNSIGNED",
            "UPDATE",
            "USAGE",
            "USE",
            "USING",
            "UTC_DATE",
            "UTC_TIME",
            "UTC_TIMESTAMP",
            "VALUES",
            "VARBINARY",
            "VARCHAR",
            "VARCHARACTER",
            "VARYING",
            "WHEN",
            "WHERE",
            "WHILE",
            "WITH",
            "WRITE",
            "XOR",
            "YEAR_MONTH",
            "ZEROFILL",
            // MySQL 8 only
            "CUBE",
            "CUME_DIST",
            "DATABASE",
            "DENSE_RANK",
            "EMPTY",
            "FIRST_VALUE",
            "FUNCTION",
            "GENERATED",
            "GET",
            "GROUPING",
            "GROUPS",
            "IO_AFTER_GTIDS",
            "IO_BEFORE_GTIDS",
            "JSON_TABLE",
            "LAG",
            "LAST_VALUE",
            "LATERAL",
            "LEAD",
            "MASTER_BIND",
            "NTH_VALUE",
            "NTILE",
            "OF",
            "OPTIMIZER_COSTS",
            "PERCENT_RANK",
            "RANK",
            "ROW",
            "SCHEMA",
            "STORED",
            "SYSTEM",
            "VIRTUAL",
            "WINDOW");

    static final Identifiers IDENTIFIERS = new Identifiers("[A-Za-z_][A-Za-z0-9_$]*", RESERVED, '`');

    private MariaDbNames() {}

    static String quote(String name) {
        return IDENTIFIERS.quote(name);
    }

    /** A table name that may be qualified by its database ({@code db.t}, as a foreign key to another database reads). */
    static String quoteQualified(String name) {
        return IDENTIFIERS.qualified(name, name.indexOf('.'));
    }

    /** A string literal; MariaDB's strings take backslash escapes, so backslashes are doubled too. */
    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * An expression as the server prints it (checks, defaults, generated columns, views) with the backticks it puts
     * around every name dropped where the name does not need them, and with the qualifier {@code `database`.}
     * dropped, so that the same schema read from two databases (the user's and a scratch one) compares equal.
     */
    static String simplify(String sql, String database) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = copyString(sql, i, out);
            } else if (c == '`') {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == '`') {
                        if (j + 1 < n && sql.charAt(j + 1) == '`') {
                            name.append('`');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    name.append(sql.charAt(j++));
                }
                int end = Math.min(j + 1, n);
                boolean qualifier = end + 1 < n && sql.charAt(end) == '.' && sql.charAt(end + 1) == '`';
                if (qualifier && name.toString().equals(database)) {
                    i = end + 1;
                } else {
                    out.append(quote(name.toString()));
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Copies the string literal opening at {@code start} with its quotes doubled rather than backslash-escaped
     * ({@code 'it''s'}, not {@code 'it\'s'}), which Sql.normalizeExpression reads right; returns the index past it.
     */
    private static int copyString(String s, int start, StringBuilder out) {
        char quote = s.charAt(start);
        out.append(quote);
        int j = start + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                char next = s.charAt(j + 1);
                out.append(next == quote ? quote : c).append(next);
                j += 2;
            } else if (c == quote && j + 1 < s.length() && s.charAt(j + 1) == quote) {
                out.append(quote).append(quote);
                j += 2;
            } else {
                out.append(c);
                j++;
                if (c == quote) {
                    return j;
                }
            }
        }
        return j;
    }

    /**
     * A trigger's body as CREATE TRIGGER takes it, from information_schema.TRIGGERS.ACTION_STATEMENT. That column
     * shows string literals half-unescaped: {@code \\} as one backslash and an escaped quote as a doubled one,
     * while {@code \n} and the like stay. So a backslash that does not start such a sequence stood for itself and is
     * doubled again. (A literal backslash before one of 0bnrtZ%_ cannot be told from the escape and reads as it.)
     */
    static String triggerBody(String statement) {
        StringBuilder out = new StringBuilder(statement.length() + 8);
        int n = statement.length();
        int i = 0;
        while (i < n) {
            char c = statement.charAt(i);
            if (c == '`') {
                int end = statement.indexOf('`', i + 1);
                while (end >= 0 && end + 1 < n && statement.charAt(end + 1) == '`') {
                    end = statement.indexOf('`', end + 2);
                }
                end = end < 0 ? n : end + 1;
                out.append(statement, i, end);
                i = end;
            } else if (c == '\'' || c == '"') {
                out.append(c);
                int j = i + 1;
                while (j < n) {
                    char d = statement.charAt(j);
                    if (d == c && j + 1 < n && statement.charAt(j + 1) == c) {
                        out.append(c).append(c);
                        j += 2;
                    } else if (d == c) {
                        out.append(c);
                        j++;
                        break;
                    } else if (d == '\\' && j + 1 < n && "0bnrtZ%_".indexOf(statement.charAt(j + 1)) >= 0) {
                        out.append(d).append(statement.charAt(j + 1));
                        j += 2;
                    } else if (d == '\\') {
                        out.append("\\\\");
                        j++;
                    } else {
                        out.append(d);
                        j++;
                    }
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
