package dev.migrate.dialect.mariadb;

import dev.migrate.diff.SqlRenderer;
import dev.migrate.diff.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.migrate.dialect.mariadb.MariaDbNames.quote;

/** MariaDB's SQL for each operation; MariaDB alters tables in place, so no operation rebuilds one. */
final class MariaDbRenderer implements SqlRenderer {
    private static final Pattern LITERAL = Pattern.compile("(?i)NULL|TRUE|FALSE|[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?"
            + "|'([^'\\\\]|\\\\.|'')*'|[XB]'[0-9A-F]*'|0x[0-9A-F]+|(current_timestamp|now|localtime|localtimestamp)"
            + "(\\([0-9]*\\))?");
    /** A key that is a column, perhaps with a prefix length and a direction: {@code name(10) DESC}. */
    private static final Pattern COLUMN_KEY = Pattern.compile("(?i)(.+?)(\\([0-9]+\\))?( (?:ASC|DESC))?");
    private static final String INDENT = "    ";

    @Override
    public List<String> render(Operation operation) {
        if (operation instanceof Operation.CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof Operation.DropTable op) {
            return List.of("DROP TABLE " + quote(op.table().name()));
        } else if (operation instanceof Operation.RenameTable op) {
            return List.of("RENAME TABLE " + quote(op.from()) + " TO " + quote(op.to()));
        } else if (operation instanceof Operation.AlterTable op) {
            return new MariaDbTableChanges(op).statements();
        } else if (operation instanceof Operation.CreateView op) {
            return List.of(op.view().sql());
        } else if (operation instanceof Operation.DropView op) {
            return List.of("DROP VIEW " + quote(op.view().name()));
        } else if (operation instanceof Operation.CreateTrigger op) {
            return List.of(op.trigger().sql());
        } else if (operation instanceof Operation.DropTrigger op) {
            return List.of("DROP TRIGGER " + quote(op.trigger().name()));
        }
        throw new IllegalArgumentException("No MariaDB rendering for " + operation);
    }

    private static List<String> createTable(Table t) {
        List<String> lines = new ArrayList<>();
        t.columns().forEach(c -> lines.add(column(c)));
        if (t.primaryKey() != null) {
            lines.add("PRIMARY KEY (" + names(t.primaryKey().columns()) + ")");
        }
        t.uniques().forEach(u -> lines.add(unique(u)));
        t.checks().forEach(c -> lines.add(check(c)));
        t.foreignKeys().forEach(f -> lines.add(foreignKey(f)));
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + quote(t.name()) + " (\n" + INDENT + String.join(",\n" + INDENT, lines) + "\n)"
                + (t.comment() == null ? "" : " COMMENT " + MariaDbNames.literal(t.comment())));
        List<String> notes = new ArrayList<>();
        for (Index i : t.indexes()) {
            String sql = createIndex(t, i);
            if (sql == null) {
                notes.add(cannotIndex(i));
            } else {
                out.add(sql);
            }
        }
        if (!notes.isEmpty()) {
            out.set(0, String.join("\n", notes) + "\n" + out.get(0));
        }
        return out;
    }

    /** The full definition of a column, as CREATE TABLE, ADD COLUMN and MODIFY COLUMN take it. */
    static String column(Column c) {
        String type = c.type();
        // INVISIBLE travels in the type (see MariaDbTypes) but must follow a generated column's expression
        boolean invisible = type.endsWith(MariaDbTypes.INVISIBLE);
        if (invisible) {
            type = type.substring(0, type.length() - MariaDbTypes.INVISIBLE.length());
        }
        StringBuilder s = new StringBuilder(quote(c.name())).append(' ').append(type);
        if (c.generated() != null) {
            s.append(" GENERATED ALWAYS AS (").append(c.generated()).append(c.stored() ? ") STORED" : ") VIRTUAL");
        } else {
            s.append(c.nullable() ? " NULL" : " NOT NULL");
            if (c.defaultValue() != null) {
                s.append(" DEFAULT ").append(defaultSql(c.defaultValue()));
            }
            if (c.autoIncrement()) {
                s.append(" AUTO_INCREMENT");
            }
        }
        if (invisible) {
            s.append(MariaDbTypes.INVISIBLE);
        }
        if (c.comment() != null) {
            s.append(" COMMENT ").append(MariaDbNames.literal(c.comment()));
        }
        return s.toString();
    }

    static String defaultSql(String value) {
        return LITERAL.matcher(value).matches() ? value : "(" + value + ")";
    }

    static String names(List<String> names) {
        return names.stream().map(MariaDbNames::quote).collect(Collectors.joining(", "));
    }

    static String unique(UniqueConstraint u) {
        String automatic = Pattern.quote(u.columns().get(0)) + "(_[0-9]+)?";
        return constraint(u.name(), automatic) + "UNIQUE (" + names(u.columns()) + ")";
    }

    static String check(CheckConstraint c) {
        return constraint(c.name(), "CONSTRAINT_[0-9]+") + "CHECK (" + c.expression() + ")";
    }

    /** RESTRICT is what MariaDB takes when no action is given, and shows as such; NO ACTION it shows as written. */
    static String foreignKey(ForeignKey f) {
        return constraint(f.name(), MariaDbSchemaReader.AUTO_FOREIGN_KEY.pattern()) + "FOREIGN KEY ("
                + names(f.columns()) + ") REFERENCES "
                + MariaDbNames.quoteQualified(f.targetTable()) + " (" + names(f.targetColumns()) + ")"
                + (f.onDelete().equals("RESTRICT") ? "" : " ON DELETE " + f.onDelete())
                + (f.onUpdate().equals("RESTRICT") ? "" : " ON UPDATE " + f.onUpdate());
    }

    /**
     * "CONSTRAINT name ", or nothing for a name of the form MariaDB gives unnamed constraints: such a name, read
     * from another database, may be taken in this one, and MariaDB picks the same one where it is free.
     */
    private static String constraint(String name, String automatic) {
        if (name == null || Pattern.compile(automatic, Pattern.CASE_INSENSITIVE).matcher(name).matches()) {
            return "";
        }
        return "CONSTRAINT " + quote(name) + " ";
    }

    /**
     * CREATE INDEX, or null when MariaDB cannot index what the index names: it has no indexes on expressions. It
     * has no partial indexes either; one that has a WHERE covers every row here, which answers the same queries
     * (and for a unique one, enforces more), and says so in a comment.
     */
    static String createIndex(Table t, Index i) {
        List<String> keys = new ArrayList<>();
        for (String k : i.keys()) {
            String key = columnKey(t, k);
            if (key == null) {
                return null;
            }
            keys.add(key);
        }
        String sql = "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + quote(i.name()) + " ON " + quote(t.name())
                + " (" + String.join(", ", keys) + ")";
        if (i.where() != null) {
            sql = "-- MariaDB has no partial indexes: " + i.name() + " covers every row, not only WHERE " + i.where()
                    + "\n" + sql;
        }
        return sql;
    }

    /** The comment that stands for an index MariaDB cannot create. */
    static String cannotIndex(Index i) {
        return "-- MariaDB cannot index expressions: " + i.describe() + " is left out";
    }

    /** A key as MariaDB writes it, or null if it is an expression rather than a column. */
    private static String columnKey(Table t, String key) {
        if (t.column(key).isPresent()) {
            return quote(t.column(key).get().name());
        }
        Matcher m = COLUMN_KEY.matcher(key);
        if (m.matches() && t.column(m.group(1)).isPresent()) {
            return quote(t.column(m.group(1)).get().name()) + (m.group(2) == null ? "" : m.group(2))
                    + (m.group(3) == null ? "" : m.group(3));
        }
        return null;
    }
}
