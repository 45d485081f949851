package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.BaseRenderer;
import dev.migrate.dialect.Identifiers;
import dev.migrate.diff.Change;
import dev.migrate.diff.Operation;
import dev.migrate.diff.TableDiff;
import dev.migrate.schema.Column;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQLite's SQL for each operation. What SQLite cannot ALTER is done by the table rebuild of its documentation
 * (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"), keeping rows, keys, indexes and triggers.
 */
final class SqliteRenderer extends BaseRenderer {
    private static final Pattern LITERAL =
            Pattern.compile("(?i)NULL|TRUE|FALSE|[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|'([^']|'')*'|X'[0-9A-F]*'");
    private static final Pattern CURRENT = Pattern.compile("(?i)CURRENT_(TIMESTAMP|DATE|TIME)");
    static final Identifiers NAMES = new Identifiers(
            "[A-Za-z_][A-Za-z0-9_]*",
            Set.of(
                    "ABORT",
                    "ACTION",
                    "ADD",
                    "AFTER",
                    "ALL",
                    "ALTER",
                    "AND",
                    "AS",
                    "ASC",
                    "BEFORE",
                    "BETWEEN",
                    "BY",
                    "CASCADE",
                    "CASE",
                    "CHECK",
                    "COLLATE",
                    "COLUMN",
                    "COMMIT",
                    "CONSTRAINT",
                    "CREATE",
                    "CROSS",
                    "DEFAULT",
                    "DEFERRABLE",
                    "DELETE",
                    "DESC",
                    "DISTINCT",
                    "DROP",
                    "ELSE",
                    "END",
                    "ESCAPE",
                    "EXCEPT",
                    "EXISTS",
                    "FOREIGN",
                    "FROM",
                    "FULL",
                    "GROUP",
                    "HAVING",
                    "IF",
                    "IN",
                    "INDEX",
                    "INNER",
                    "INSERT",
                    "INTERSECT",
                    "INTO",
                    "IS",
                    "ISNULL",
                    "JOIN",
                    "KEY",
                    "LEFT",
                    "LIKE",
                    "LIMIT",
                    "NATURAL",
                    "NOT",
                    "NOTNULL",
                    "NULL",
                    "OF",
                    "OFFSET",
                    "ON",
                    "OR",
                    "ORDER",
                    "OUTER",
                    "PRIMARY",
                    "REFERENCES",
                    "RIGHT",
                    "ROLLBACK",
                    "SELECT",
                    "SET",
                    "TABLE",
                    "THEN",
                    "TO",
                    "TRANSACTION",
                    "TRIGGER",
                    "UNION",
                    "UNIQUE",
                    "UPDATE",
                    "USING",
                    "VALUES",
                    "VIEW",
                    "WHEN",
                    "WHERE",
                    "WITH",
                    "USER",
                    "GROUPS",
                    "RANGE",
                    "ROWS",
                    "WINDOW"),
            '"');

    SqliteRenderer() {
        super(NAMES);
    }

    @Override
    protected List<String> alter(Operation.AlterTable op) {
        String table = op.after().name();
        List<Change> changes = op.changes();
        List<String> out = new ArrayList<>();
        Change.only(changes, Change.RenameColumn.class)
                .forEach(
                        r -> out.add("ALTER TABLE " + q(table) + " RENAME COLUMN " + q(r.from()) + " TO " + q(r.to())));
        Table before = TableDiff.renameColumns(op.before(), op.renamedColumns());
        boolean inPlace = changes.stream().allMatch(c -> inPlace(c, before, op));
        if (!inPlace) {
            out.addAll(rebuild(before, op.after(), op.views(), op.triggers()));
            return out;
        }
        Change.only(changes, Change.DropIndex.class)
                .forEach(c -> out.add("DROP INDEX " + q(c.index().name())));
        Change.only(changes, Change.DropColumn.class)
                .forEach(c -> out.add("ALTER TABLE " + q(table) + " DROP COLUMN "
                        + q(c.column().name())));
        Change.only(changes, Change.AddColumn.class)
                .forEach(c -> out.add("ALTER TABLE " + q(table) + " ADD COLUMN " + column(c.column())));
        Change.only(changes, Change.AddIndex.class).forEach(c -> out.add(createIndex(op.after(), c.index())));
        return out;
    }

    /** Whether SQLite's ALTER TABLE can make the change (see its documentation's list of restrictions). */
    private static boolean inPlace(Change c, Table before, Operation.AlterTable op) {
        Table after = op.after();
        if (c instanceof Change.RenameColumn || c instanceof Change.AddIndex || c instanceof Change.DropIndex) {
            return true;
        }
        if (c instanceof Change.AddColumn add) {
            Column col = add.column();
            String d = col.defaultValue();
            boolean constantDefault = d == null || LITERAL.matcher(d).matches();
            return constantDefault
                    && (col.nullable() || d != null && !d.equalsIgnoreCase("NULL"))
                    && !(col.generated() != null && col.stored())
                    && !uses(after, col.name(), op);
        }
        if (c instanceof Change.DropColumn drop) {
            return !uses(before, drop.column().name(), op);
        }
        return false;
    }

    /**
     * Whether a key, constraint, generated column or dependent view or trigger names the column. Indexes do not
     * count: in place, the indexes of a dropped column are dropped before it and those of an added column are
     * created after it.
     */
    private static boolean uses(Table t, String column, Operation.AlterTable op) {
        boolean inKey =
                t.primaryKey() != null && t.primaryKey().columns().stream().anyMatch(column::equalsIgnoreCase);
        boolean inUnique =
                t.uniques().stream().anyMatch(u -> u.columns().stream().anyMatch(column::equalsIgnoreCase));
        boolean inForeignKey =
                t.foreignKeys().stream().anyMatch(f -> f.columns().stream().anyMatch(column::equalsIgnoreCase));
        boolean inExpression = t.checks().stream().anyMatch(ch -> Sql.mentions(ch.expression(), column))
                || t.columns().stream().anyMatch(x -> x.generated() != null && Sql.mentions(x.generated(), column))
                || op.views().stream().anyMatch(v -> Sql.mentions(v.sql(), column))
                || op.triggers().stream().anyMatch(tr -> Sql.mentions(tr.sql(), column));
        return inKey || inUnique || inForeignKey || inExpression;
    }

    private List<String> rebuild(Table before, Table after, List<View> views, List<Trigger> triggers) {
        String name = after.name();
        String temp = "migrate_new_" + name;
        List<String> out = new ArrayList<>();
        for (int k = views.size() - 1; k >= 0; k--) {
            out.add(dropView(views.get(k))); // a view that uses another goes first
        }
        triggers.forEach(t -> out.add(dropTrigger(t)));
        out.add("-- SQLite cannot alter this in place: rebuild " + name + " (new table, copy rows, drop, rename)\n"
                + createTableStatement(after, temp));
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Column c : after.columns()) {
            Column old = before.column(c.name()).orElse(null);
            if (old == null || c.generated() != null) {
                continue;
            }
            into.add(q(c.name()));
            boolean fillNulls = old.nullable() && !c.nullable() && c.defaultValue() != null;
            from.add(
                    fillNulls
                            ? "COALESCE(" + q(old.name()) + ", " + defaultSql(c.defaultValue()) + ")"
                            : q(old.name()));
        }
        if (!into.isEmpty()) {
            out.add("INSERT INTO " + q(temp) + " (" + String.join(", ", into) + ")\nSELECT " + String.join(", ", from)
                    + " FROM " + q(name));
        }
        out.add("DROP TABLE " + q(name));
        out.add("ALTER TABLE " + q(temp) + " RENAME TO " + q(name));
        after.indexes().forEach(i -> out.add(createIndex(after, i)));
        triggers.forEach(t -> out.add(t.sql()));
        views.forEach(v -> out.add(v.sql()));
        if (!after.foreignKeys().isEmpty()) {
            String check = "migrate_foreign_key_check";
            String constraint =
                    "rows of " + name + " reference missing rows: see PRAGMA foreign_key_check(" + name + ")";
            out.add(
                    "-- the foreign_key_check step of the rebuild: fails the migration if a copied row lost its parent\n"
                            + "CREATE TEMP TABLE " + check + " (violations INTEGER CONSTRAINT " + q(constraint)
                            + " CHECK (violations = 0))");
            out.add("INSERT INTO " + check + " SELECT count(*) FROM pragma_foreign_key_check('"
                    + name.replace("'", "''") + "')");
            out.add("DROP TABLE " + check);
        }
        return out;
    }

    /** With the table's options: STRICT, WITHOUT ROWID. */
    @Override
    protected String createTableStatement(Table t, String name) {
        return super.createTableStatement(t, name) + (t.options() == null ? "" : " " + t.options());
    }

    /** A single key goes in its column's definition: AUTOINCREMENT is only allowed there, and it reads best. */
    @Override
    protected List<String> tableClauses(Table t) {
        List<String> lines = super.tableClauses(t);
        PrimaryKey pk = t.primaryKey();
        boolean inlineKey = pk != null
                && pk.columns().size() == 1
                && (pk.name() == null
                        || t.column(pk.columns().get(0))
                                .map(Column::autoIncrement)
                                .orElse(false));
        if (inlineKey) {
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                boolean key = c.name().equalsIgnoreCase(pk.columns().get(0));
                lines.set(i, column(c, key ? pk.name() : null, key));
            }
            lines.remove(t.columns().size());
        }
        return lines;
    }

    @Override
    protected String column(Column c) {
        return column(c, null, false);
    }

    private String column(Column c, String keyName, boolean primaryKey) {
        StringBuilder s = new StringBuilder(q(c.name()));
        if (!c.type().isEmpty()) {
            s.append(' ').append(c.type());
        }
        // an INTEGER PRIMARY KEY is the rowid, which is never NULL: saying so would only differ from what users write
        boolean rowid = primaryKey && c.type().equalsIgnoreCase("INTEGER");
        if (!c.nullable() && !rowid) {
            s.append(" NOT NULL");
        }
        if (primaryKey) {
            s.append(keyName == null ? " " : " CONSTRAINT " + q(keyName) + " ")
                    .append(c.autoIncrement() ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
        }
        if (c.defaultValue() != null) {
            s.append(" DEFAULT ").append(defaultSql(c.defaultValue()));
        }
        if (c.generated() != null) {
            s.append(" GENERATED ALWAYS AS (").append(c.generated()).append(c.stored() ? ") STORED" : ") VIRTUAL");
        }
        return s.toString();
    }

    @Override
    protected String defaultSql(String value) {
        return LITERAL.matcher(value).matches() || CURRENT.matcher(value).matches() ? value : "(" + value + ")";
    }
}
