package dev.migrate.dialect.sqlite;

import dev.migrate.diff.SqlRenderer;

import dev.migrate.diff.Change;
import dev.migrate.diff.Operation;
import dev.migrate.diff.TableDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite's SQL for each operation. What SQLite cannot ALTER is done by the table rebuild of its documentation
 * (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"), keeping rows, keys, indexes and triggers.
 */
final class SqliteRenderer implements SqlRenderer {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile(
            "(?i)NULL|TRUE|FALSE|[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|'([^']|'')*'|X'[0-9A-F]*'");
    private static final Pattern CURRENT = Pattern.compile("(?i)CURRENT_(TIMESTAMP|DATE|TIME)");
    private static final Set<String> RESERVED = Set.of("ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "AND", "AS",
            "ASC", "BEFORE", "BETWEEN", "BY", "CASCADE", "CASE", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONSTRAINT",
            "CREATE", "CROSS", "DEFAULT", "DEFERRABLE", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "ESCAPE",
            "EXCEPT", "EXISTS", "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IF", "IN", "INDEX", "INNER", "INSERT",
            "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "NATURAL", "NOT", "NOTNULL",
            "NULL", "OF", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT", "ROLLBACK",
            "SELECT", "SET", "TABLE", "THEN", "TO", "TRANSACTION", "TRIGGER", "UNION", "UNIQUE", "UPDATE", "USING",
            "VALUES", "VIEW", "WHEN", "WHERE", "WITH", "USER", "GROUPS", "RANGE", "ROWS", "WINDOW");
    private static final String INDENT = "    ";

    @Override
    public List<String> render(Operation operation) {
        if (operation instanceof Operation.CreateTable op) {
            List<String> out = new ArrayList<>();
            out.add(createTable(op.table(), op.table().name()));
            op.table().indexes().forEach(i -> out.add(createIndex(op.table(), i)));
            return out;
        } else if (operation instanceof Operation.DropTable op) {
            return List.of("DROP TABLE " + q(op.table().name()));
        } else if (operation instanceof Operation.RenameTable op) {
            return List.of("ALTER TABLE " + q(op.from()) + " RENAME TO " + q(op.to()));
        } else if (operation instanceof Operation.AlterTable op) {
            return alter(op);
        } else if (operation instanceof Operation.CreateView op) {
            return List.of(op.view().sql());
        } else if (operation instanceof Operation.DropView op) {
            return List.of("DROP VIEW " + q(op.view().name()));
        } else if (operation instanceof Operation.CreateTrigger op) {
            return List.of(op.trigger().sql());
        } else if (operation instanceof Operation.DropTrigger op) {
            return List.of("DROP TRIGGER " + q(op.trigger().name()));
        }
        throw new IllegalArgumentException("No SQLite rendering for " + operation);
    }

    static String q(String name) {
        if (PLAIN_NAME.matcher(name).matches() && !RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String names(List<String> names) {
        return names.stream().map(SqliteRenderer::q).collect(Collectors.joining(", "));
    }

    private List<String> alter(Operation.AlterTable op) {
        String table = op.after().name();
        List<Change> changes = op.changes();
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.RenameColumn r) {
                out.add("ALTER TABLE " + q(table) + " RENAME COLUMN " + q(r.from()) + " TO " + q(r.to()));
            }
        }
        Table before = TableDiff.renameColumns(op.before(), op.renamedColumns());
        boolean inPlace = changes.stream().allMatch(c -> inPlace(c, before, op));
        if (!inPlace) {
            out.addAll(rebuild(before, op.after(), op.views(), op.triggers()));
            return out;
        }
        changes.stream().filter(c -> c instanceof Change.DropIndex)
                .forEach(c -> out.add("DROP INDEX " + q(((Change.DropIndex) c).index().name())));
        changes.stream().filter(c -> c instanceof Change.DropColumn).forEach(c -> out.add("ALTER TABLE " + q(table)
                + " DROP COLUMN " + q(((Change.DropColumn) c).column().name())));
        changes.stream().filter(c -> c instanceof Change.AddColumn).forEach(c -> out.add("ALTER TABLE " + q(table)
                + " ADD COLUMN " + column(((Change.AddColumn) c).column(), null, false)));
        changes.stream().filter(c -> c instanceof Change.AddIndex)
                .forEach(c -> out.add(createIndex(op.after(), ((Change.AddIndex) c).index())));
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
            return constantDefault && (col.nullable() || d != null && !d.equalsIgnoreCase("NULL"))
                    && !(col.generated() != null && col.stored()) && !uses(after, col.name(), op);
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
        Pattern word = Pattern.compile("(?i)(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])");
        boolean inKey = t.primaryKey() != null && t.primaryKey().columns().stream().anyMatch(column::equalsIgnoreCase);
        boolean inUnique = t.uniques().stream().anyMatch(u -> u.columns().stream().anyMatch(column::equalsIgnoreCase));
        boolean inForeignKey = t.foreignKeys().stream()
                .anyMatch(f -> f.columns().stream().anyMatch(column::equalsIgnoreCase));
        boolean inExpression = t.checks().stream().anyMatch(ch -> word.matcher(ch.expression()).find())
                || t.columns().stream().anyMatch(x -> x.generated() != null && word.matcher(x.generated()).find())
                || op.views().stream().anyMatch(v -> word.matcher(v.sql()).find())
                || op.triggers().stream().anyMatch(tr -> word.matcher(tr.sql()).find());
        return inKey || inUnique || inForeignKey || inExpression;
    }

    private List<String> rebuild(Table before, Table after, List<View> views, List<Trigger> triggers) {
        String name = after.name();
        String temp = "migrate_new_" + name;
        List<String> out = new ArrayList<>();
        for (View v : views) {
            out.add("DROP VIEW " + q(v.name()));
        }
        for (Trigger t : triggers) {
            out.add("DROP TRIGGER " + q(t.name()));
        }
        out.add("-- SQLite cannot alter this in place: rebuild " + name + " (new table, copy rows, drop, rename)\n"
                + createTable(after, temp));
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Column c : after.columns()) {
            Column old = before.column(c.name()).orElse(null);
            if (old == null || c.generated() != null) {
                continue;
            }
            into.add(q(c.name()));
            boolean fillNulls = old.nullable() && !c.nullable() && c.defaultValue() != null;
            from.add(fillNulls ? "COALESCE(" + q(old.name()) + ", " + defaultSql(c.defaultValue()) + ")" : q(old.name()));
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
            String constraint = "rows of " + name + " reference missing rows: see PRAGMA foreign_key_check(" + name + ")";
            out.add("-- the foreign_key_check step of the rebuild: fails the migration if a copied row lost its parent\n"
                    + "CREATE TEMP TABLE " + check + " (violations INTEGER CONSTRAINT " + q(constraint)
                    + " CHECK (violations = 0))");
            out.add("INSERT INTO " + check + " SELECT count(*) FROM pragma_foreign_key_check('"
                    + name.replace("'", "''") + "')");
            out.add("DROP TABLE " + check);
        }
        return out;
    }

    private String createTable(Table t, String name) {
        List<String> lines = new ArrayList<>();
        // AUTOINCREMENT is only allowed on a column's own PRIMARY KEY clause; a single unnamed key reads best there too
        boolean inlineKey = t.primaryKey() != null && t.primaryKey().columns().size() == 1
                && (t.primaryKey().name() == null
                || t.column(t.primaryKey().columns().get(0)).map(Column::autoIncrement).orElse(false));
        for (Column c : t.columns()) {
            boolean key = inlineKey && c.name().equalsIgnoreCase(t.primaryKey().columns().get(0));
            lines.add(column(c, key ? t.primaryKey().name() : null, key));
        }
        if (t.primaryKey() != null && !inlineKey) {
            lines.add(constraint(t.primaryKey().name()) + "PRIMARY KEY (" + names(t.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint u : t.uniques()) {
            lines.add(constraint(u.name()) + "UNIQUE (" + names(u.columns()) + ")");
        }
        for (CheckConstraint c : t.checks()) {
            lines.add(constraint(c.name()) + "CHECK (" + c.expression() + ")");
        }
        for (ForeignKey f : t.foreignKeys()) {
            lines.add(constraint(f.name()) + "FOREIGN KEY (" + names(f.columns()) + ") REFERENCES " + q(f.targetTable())
                    + " (" + names(f.targetColumns()) + ")"
                    + (f.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + f.onDelete())
                    + (f.onUpdate().equals("NO ACTION") ? "" : " ON UPDATE " + f.onUpdate()));
        }
        return "CREATE TABLE " + q(name) + " (\n" + INDENT + String.join(",\n" + INDENT, lines) + "\n)";
    }

    private static String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + q(name) + " ";
    }

    private static String column(Column c, String keyName, boolean primaryKey) {
        StringBuilder s = new StringBuilder(q(c.name()));
        if (!c.type().isEmpty()) {
            s.append(' ').append(c.type());
        }
        if (!c.nullable()) {
            s.append(" NOT NULL");
        }
        if (primaryKey) {
            s.append(' ').append(constraint(keyName)).append(c.autoIncrement() ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
        }
        if (c.defaultValue() != null) {
            s.append(" DEFAULT ").append(defaultSql(c.defaultValue()));
        }
        if (c.generated() != null) {
            s.append(" GENERATED ALWAYS AS (").append(c.generated()).append(c.stored() ? ") STORED" : ") VIRTUAL");
        }
        return s.toString();
    }

    private static String defaultSql(String value) {
        return LITERAL.matcher(value).matches() || CURRENT.matcher(value).matches() ? value : "(" + value + ")";
    }

    private static String createIndex(Table t, Index i) {
        String keys = i.keys().stream().map(k -> t.column(k).isPresent() ? q(t.column(k).get().name()) : k)
                .collect(Collectors.joining(", "));
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + q(i.name()) + " ON " + q(t.name()) + " (" + keys
                + ")" + (i.where() == null ? "" : " WHERE " + i.where());
    }
}
