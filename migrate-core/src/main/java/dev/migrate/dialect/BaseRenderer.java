package dev.migrate.dialect;

import dev.migrate.diff.Operation;
import dev.migrate.diff.SqlRenderer;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every dialect renders alike: the dispatch over operations, CREATE TABLE from its clauses, constraint clauses
 * and CREATE INDEX. A dialect supplies a column's definition, how it alters a table, and overrides the clauses its
 * database writes differently; a constraint keeps its name unless the database would give it that name itself.
 */
public abstract class BaseRenderer implements SqlRenderer {
    protected static final String INDENT = "    ";

    /** The kinds of named constraint, for {@link #impliedName}. */
    protected enum Constraint {
        PRIMARY_KEY,
        UNIQUE,
        CHECK,
        FOREIGN_KEY
    }

    protected final Identifiers names;

    protected BaseRenderer(Identifiers names) {
        this.names = names;
    }

    @Override
    public List<String> render(Operation operation) {
        if (operation instanceof Operation.CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof Operation.DropTable op) {
            return List.of("DROP TABLE " + q(op.table().name()));
        } else if (operation instanceof Operation.RenameTable op) {
            return renameTable(op);
        } else if (operation instanceof Operation.AlterTable op) {
            return alter(op);
        } else if (operation instanceof Operation.OnlineAlterTable op) {
            return alterOnline(op);
        } else if (operation instanceof Operation.CreateView op) {
            return List.of(op.view().sql());
        } else if (operation instanceof Operation.DropView op) {
            return List.of(dropView(op.view()));
        } else if (operation instanceof Operation.CreateTrigger op) {
            return List.of(op.trigger().sql());
        } else if (operation instanceof Operation.DropTrigger op) {
            return List.of(dropTrigger(op.trigger()));
        } else if (operation instanceof Operation.CreateSequence op) {
            return List.of(createSequence(op.sequence()));
        } else if (operation instanceof Operation.DropSequence op) {
            return List.of("DROP SEQUENCE " + q(op.sequence().name()));
        } else if (operation instanceof Operation.AlterSequence op) {
            return List.of(alterSequence(op.before(), op.after()));
        } else if (operation instanceof Operation.CreateObject op) {
            return createObject(op.object());
        } else if (operation instanceof Operation.DropObject op) {
            return List.of(dropObject(op.object()));
        } else if (operation instanceof Operation.AlterObject op) {
            return alterObject(op);
        } else if (operation instanceof Operation.RenameEnumValue op) {
            return List.of(renameEnumValue(op));
        } else if (operation instanceof Operation.InsertRows op) {
            return op.statements();
        } else if (operation instanceof Operation.DeleteRows op) {
            return List.of("DELETE FROM " + q(op.table()));
        }
        throw new IllegalArgumentException("No rendering for " + operation);
    }

    /** The statements that turn {@code op.before()} into {@code op.after()}, in an order the database accepts. */
    protected abstract List<String> alter(Operation.AlterTable op);

    /** The online part of an ALTER TABLE ({@link Dialect#online}); a database without one alters the table. */
    protected List<String> alterOnline(Operation.OnlineAlterTable op) {
        return alter(op.change());
    }

    /** A column's full definition, as CREATE TABLE and ADD COLUMN take it. */
    protected abstract String column(Column c);

    /** A DEFAULT clause's expression: the value as it is where the database takes it so, else in parentheses. */
    protected abstract String defaultSql(String value);

    /** Whether the database would give the constraint {@code name} itself, so that the name is left out. */
    protected boolean impliedName(Table t, Constraint kind, String name, List<String> columns) {
        return false;
    }

    /** RENAME TABLE, and whatever else the dialect names after the table ({@code Dialect.renameRule()}). */
    protected List<String> renameTable(Operation.RenameTable op) {
        return List.of(renameTable(op.from(), op.to()));
    }

    protected String renameTable(String from, String to) {
        return "ALTER TABLE " + q(from) + " RENAME TO " + q(to);
    }

    protected String dropView(View v) {
        return "DROP VIEW " + q(v.name());
    }

    protected String dropTrigger(Trigger t) {
        return "DROP TRIGGER " + q(t.name());
    }

    /** Every option written out, so that the sequence is the same whatever the database's defaults. */
    protected String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + q(s.name()) + (s.type() == null ? "" : " AS " + s.type()) + " START WITH "
                + s.start() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.min() + " MAXVALUE " + s.max()
                + " CACHE " + s.cache() + " " + (s.cycle() ? "CYCLE" : noCycle());
    }

    /** The options that differ, in one statement; the sequence keeps the value it has got to. */
    protected String alterSequence(Sequence before, Sequence after) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(q(after.name()));
        if (!java.util.Objects.equals(before.type(), after.type())) {
            sql.append(" AS ").append(after.type());
        }
        if (before.increment() != after.increment()) {
            sql.append(" INCREMENT BY ").append(after.increment());
        }
        if (before.min() != after.min()) {
            sql.append(" MINVALUE ").append(after.min());
        }
        if (before.max() != after.max()) {
            sql.append(" MAXVALUE ").append(after.max());
        }
        if (before.start() != after.start()) {
            sql.append(" START WITH ").append(after.start());
        }
        if (before.cache() != after.cache()) {
            sql.append(" CACHE ").append(after.cache());
        }
        if (before.cycle() != after.cycle()) {
            sql.append(" ").append(after.cycle() ? "CYCLE" : noCycle());
        }
        if (!java.util.Objects.equals(before.ownedBy(), after.ownedBy())) {
            sql.append(" OWNED BY ").append(after.ownedBy() == null ? "NONE" : qualifiedColumn(after.ownedBy()));
        }
        return sql.toString();
    }

    /** Extensions, types, domains and functions: only databases that have them read them. */
    protected List<String> createObject(SchemaObject o) {
        throw new IllegalArgumentException("This database has no " + o.describe());
    }

    protected String dropObject(SchemaObject o) {
        throw new IllegalArgumentException("This database has no " + o.describe());
    }

    protected List<String> alterObject(Operation.AlterObject op) {
        throw new IllegalArgumentException("This database has no " + op.after().describe());
    }

    protected String renameEnumValue(Operation.RenameEnumValue op) {
        throw new IllegalArgumentException("This database has no enum type " + op.type());
    }

    /** How the database says a sequence does not cycle. */
    protected String noCycle() {
        return "NO CYCLE";
    }

    private String qualifiedColumn(String tableDotColumn) {
        int dot = tableDotColumn.lastIndexOf('.');
        return q(tableDotColumn.substring(0, dot)) + "." + q(tableDotColumn.substring(dot + 1));
    }

    /** CREATE TABLE, then its indexes. */
    protected List<String> createTable(Table t) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(t, t.name()));
        t.indexes().forEach(i -> out.add(createIndex(t, i)));
        return out;
    }

    /** CREATE TABLE {@code name} with the columns and constraints of {@code t}. */
    protected String createTableStatement(Table t, String name) {
        return "CREATE TABLE " + q(name) + " (\n" + INDENT + String.join(",\n" + INDENT, tableClauses(t)) + "\n)";
    }

    /** The columns, then the primary key, unique constraints, checks and foreign keys. */
    protected List<String> tableClauses(Table t) {
        List<String> lines = new ArrayList<>();
        t.columns().forEach(c -> lines.add(column(c)));
        if (t.primaryKey() != null) {
            lines.add(primaryKey(t, t.primaryKey()));
        }
        t.uniques().forEach(u -> lines.add(unique(t, u)));
        t.checks().forEach(c -> lines.add(check(t, c)));
        t.foreignKeys().forEach(f -> lines.add(foreignKey(t, f)));
        return lines;
    }

    protected String primaryKey(Table t, PrimaryKey pk) {
        return constraint(t, Constraint.PRIMARY_KEY, pk.name(), pk.columns()) + "PRIMARY KEY ("
                + names.list(pk.columns()) + ")" + (pk.deferral() == null ? "" : " " + pk.deferral());
    }

    protected String unique(Table t, UniqueConstraint u) {
        return constraint(t, Constraint.UNIQUE, u.name(), u.columns()) + "UNIQUE (" + names.list(u.columns()) + ")"
                + (u.deferral() == null ? "" : " " + u.deferral());
    }

    protected String check(Table t, CheckConstraint c) {
        return constraint(t, Constraint.CHECK, c.name(), List.of()) + "CHECK (" + c.expression() + ")";
    }

    /** The actions are written unless they are the database's default ({@link #defaultAction()}). */
    protected String foreignKey(Table t, ForeignKey f) {
        return constraint(t, Constraint.FOREIGN_KEY, f.name(), f.columns()) + "FOREIGN KEY (" + names.list(f.columns())
                + ") REFERENCES " + targetTable(f.targetTable()) + " (" + names.list(f.targetColumns()) + ")"
                + (f.onDelete().equals(defaultAction()) ? "" : " ON DELETE " + f.onDelete())
                + (f.onUpdate().equals(defaultAction()) ? "" : " ON UPDATE " + f.onUpdate())
                + (f.deferral() == null ? "" : " " + f.deferral());
    }

    /** What a foreign key does when no action is given, as the database reports it. */
    protected String defaultAction() {
        return "NO ACTION";
    }

    /** The table a foreign key references, as the schema reader wrote it. */
    protected String targetTable(String name) {
        return q(name);
    }

    /** "CONSTRAINT name ", or nothing for a constraint without a name or with the one the database would give. */
    protected final String constraint(Table t, Constraint kind, String name, List<String> columns) {
        return name == null || impliedName(t, kind, name, columns) ? "" : "CONSTRAINT " + q(name) + " ";
    }

    protected String createIndex(Table t, Index i) {
        String keys = i.keys().stream().map(k -> indexKey(t, k)).collect(Collectors.joining(", "));
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + q(i.name()) + " ON " + q(t.name())
                + (i.method() == null ? "" : " USING " + i.method()) + " (" + keys + ")"
                + (i.options() == null ? "" : " " + i.options()) + (i.where() == null ? "" : " WHERE " + i.where());
    }

    /** A key that is a column of the table is its name, quoted as needed; any other key is taken as it is. */
    protected String indexKey(Table t, String key) {
        return t.column(key).map(c -> q(c.name())).orElse(key);
    }

    /** Gives the rows where a column that becomes NOT NULL holds NULL the column's new default. */
    protected String fillNulls(Table t, Column c) {
        return "UPDATE " + q(t.name()) + " SET " + q(c.name()) + " = " + defaultSql(c.defaultValue()) + " WHERE "
                + q(c.name()) + " IS NULL";
    }

    protected final String q(String name) {
        return names.quote(name);
    }
}
