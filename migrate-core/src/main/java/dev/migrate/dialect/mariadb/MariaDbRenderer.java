package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.BaseRenderer;
import dev.migrate.diff.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Event;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MariaDB's SQL for each operation; MariaDB alters tables in place, so no operation rebuilds one. */
final class MariaDbRenderer extends BaseRenderer {
    private static final Pattern LITERAL =
            Pattern.compile("(?i)NULL|TRUE|FALSE|[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?"
                    + "|'([^'\\\\]|\\\\.|'')*'|[XB]'[0-9A-F]*'|0x[0-9A-F]+|(current_timestamp|now|localtime|localtimestamp)"
                    + "(\\([0-9]*\\))?");
    /** A key that is a column, perhaps with a prefix length and a direction: {@code name(10) DESC}. */
    private static final Pattern COLUMN_KEY = Pattern.compile("(?i)(.+?)(\\([0-9]+\\))?( (?:ASC|DESC))?");

    private static final Pattern AUTOMATIC_CHECK = Pattern.compile("(?i)CONSTRAINT_[0-9]+");
    private static final Pattern AUTOMATIC_FOREIGN_KEY =
            Pattern.compile(MariaDbSchemaReader.AUTO_FOREIGN_KEY.pattern(), Pattern.CASE_INSENSITIVE);

    MariaDbRenderer() {
        super(MariaDbNames.IDENTIFIERS);
    }

    @Override
    protected String renameTable(String from, String to) {
        return "RENAME TABLE " + q(from) + " TO " + q(to);
    }

    @Override
    protected String noCycle() {
        return "NOCYCLE";
    }

    @Override
    protected List<String> alter(Operation.AlterTable op) {
        return new MariaDbTableChanges(this, op).statements();
    }

    /** CREATE TABLE and the indexes MariaDB can create; a comment says which it cannot. */
    @Override
    protected List<String> createTable(Table t) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(t, t.name()));
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

    /** Events are MariaDB's only schema objects. */
    @Override
    protected List<String> createObject(SchemaObject o) {
        return List.of(MariaDbEvents.create((Event) o));
    }

    @Override
    protected String dropObject(SchemaObject o) {
        return MariaDbEvents.drop((Event) o);
    }

    @Override
    protected List<String> alterObject(Operation.AlterObject op) {
        return MariaDbEvents.replace((Event) op.before(), (Event) op.after());
    }

    @Override
    protected String createTableStatement(Table t, String name) {
        String options = MariaDbTableOptions.tableOptions(t.options());
        String partitioning = MariaDbTableOptions.partitioning(t.options());
        return super.createTableStatement(t, name)
                + (options.isEmpty() ? "" : " " + options)
                + (t.comment() == null ? "" : " COMMENT " + MariaDbNames.literal(t.comment()))
                + (partitioning == null ? "" : " " + partitioning);
    }

    /** The full definition of a column, as CREATE TABLE, ADD COLUMN and MODIFY COLUMN take it. */
    @Override
    protected String column(Column c) {
        String type = c.type();
        // INVISIBLE travels in the type (see MariaDbTypes) but must follow a generated column's expression
        boolean invisible = type.endsWith(MariaDbTypes.INVISIBLE);
        if (invisible) {
            type = type.substring(0, type.length() - MariaDbTypes.INVISIBLE.length());
        }
        StringBuilder s = new StringBuilder(q(c.name())).append(' ').append(type);
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

    @Override
    protected String defaultSql(String value) {
        return LITERAL.matcher(value).matches() ? value : "(" + value + ")";
    }

    /**
     * Names of the form MariaDB gives unnamed constraints are left out: such a name, read from another database,
     * may be taken in this one, and MariaDB picks the same one where it is free. A primary key is always PRIMARY.
     */
    @Override
    protected boolean impliedName(Table t, Constraint kind, String name, List<String> columns) {
        return switch (kind) {
            case PRIMARY_KEY -> true;
            case UNIQUE ->
                Pattern.compile(Pattern.quote(columns.get(0)) + "(_[0-9]+)?", Pattern.CASE_INSENSITIVE)
                        .matcher(name)
                        .matches();
            case CHECK -> AUTOMATIC_CHECK.matcher(name).matches();
            case FOREIGN_KEY -> AUTOMATIC_FOREIGN_KEY.matcher(name).matches();
        };
    }

    /** RESTRICT is what MariaDB takes when no action is given, and shows as such; NO ACTION it shows as written. */
    @Override
    protected String defaultAction() {
        return "RESTRICT";
    }

    @Override
    protected String targetTable(String name) {
        return MariaDbNames.quoteQualified(name);
    }

    /**
     * CREATE INDEX, or null when MariaDB cannot index what the index names: it has no indexes on expressions. It
     * has no partial indexes either; one that has a WHERE covers every row here, which answers the same queries
     * (and for a unique one, enforces more), and says so in a comment.
     */
    @Override
    protected String createIndex(Table t, Index i) {
        List<String> keys = new ArrayList<>();
        for (String k : i.keys()) {
            String key = columnKey(t, k);
            if (key == null) {
                return null;
            }
            keys.add(key);
        }
        // FULLTEXT and SPATIAL are kinds of index; HASH (and an explicit BTREE) a method
        boolean kind = "FULLTEXT".equalsIgnoreCase(i.method()) || "SPATIAL".equalsIgnoreCase(i.method());
        String sql = "CREATE " + (i.unique() ? "UNIQUE " : "") + (kind ? i.method() + " " : "") + "INDEX " + q(i.name())
                + " ON " + q(t.name()) + " (" + String.join(", ", keys) + ")"
                + (i.method() == null || kind ? "" : " USING " + i.method());
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
    private String columnKey(Table t, String key) {
        if (t.column(key).isPresent()) {
            return q(t.column(key).get().name());
        }
        Matcher m = COLUMN_KEY.matcher(key);
        if (m.matches() && t.column(m.group(1)).isPresent()) {
            return q(t.column(m.group(1)).get().name())
                    + (m.group(2) == null ? "" : m.group(2))
                    + (m.group(3) == null ? "" : m.group(3));
        }
        return null;
    }

    // clauses of ALTER TABLE, for MariaDbTableChanges

    String uniqueClause(Table t, UniqueConstraint u) {
        return unique(t, u);
    }

    String checkClause(Table t, CheckConstraint c) {
        return check(t, c);
    }

    String foreignKeyClause(Table t, ForeignKey f) {
        return foreignKey(t, f);
    }

    String fillNullsStatement(Table t, Column c) {
        return fillNulls(t, c);
    }
}
