package dev.migrate.dialect.mariadb;

import static dev.migrate.dialect.mariadb.MariaDbNames.quote;

import dev.migrate.diff.Change;
import dev.migrate.diff.Operation;
import dev.migrate.diff.TableDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The ALTER TABLE statements of one table's changes, in an order MariaDB accepts: what goes away goes before the
 * columns it uses (foreign keys first, since they hold on to their index), new columns come before the keys and
 * constraints that use them, and a changed primary key is swapped in one statement (with an AUTO_INCREMENT column
 * added or dropped along), so that an AUTO_INCREMENT column is a key at every step.
 */
final class MariaDbTableChanges {
    /** The types that have a character set. */
    private static final Pattern TEXT_TYPES =
            Pattern.compile("(var)?char\\b|(tiny|medium|long)?text\\b|enum\\b|set\\b");

    private final MariaDbRenderer sql;
    private final Operation.AlterTable op;
    /** The table as it is once its columns are renamed. */
    private final Table before;

    private final Table after;
    private final String table;
    private final List<Change> changes;
    private final List<String> out = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MariaDbTableChanges(MariaDbRenderer sql, Operation.AlterTable op) {
        this.sql = sql;
        this.op = op;
        this.before = TableDiff.renameColumns(op.before(), op.renamedColumns());
        this.after = op.after();
        this.table = quote(after.name());
        this.changes = op.changes();
    }

    List<String> statements() {
        Change.TableOptions options = Change.only(changes, Change.TableOptions.class).stream()
                .findFirst()
                .orElse(null);
        String partitioning = options == null ? null : MariaDbTableOptions.partitioning(options.after());
        boolean repartitioned =
                options != null && !Objects.equals(MariaDbTableOptions.partitioning(options.before()), partitioning);
        if (repartitioned && MariaDbTableOptions.partitioning(options.before()) != null && !keepsPartitioning()) {
            alter("REMOVE PARTITIONING");
        }
        Change.only(changes, Change.RenameColumn.class)
                .forEach(r -> alter("RENAME COLUMN " + quote(r.from()) + " TO " + quote(r.to())));
        Change.only(changes, Change.DropForeignKey.class).forEach(d -> dropForeignKey(d.key()));
        dropConstraintsAndIndexes();
        boolean keySwapped = changeColumnsAndPrimaryKey();
        Change.only(changes, Change.DropColumn.class).stream()
                .filter(d -> !(keySwapped && d.column().autoIncrement()))
                .forEach(d -> alter("DROP COLUMN " + quote(d.column().name())));
        addConstraintsAndIndexes();
        if (options != null) {
            changeOptions(options);
        }
        if (repartitioned && partitioning != null) {
            alter(partitioning);
        }
        if (!notes.isEmpty() && !out.isEmpty()) {
            out.set(0, String.join("\n", notes) + "\n" + out.get(0));
        }
        return out;
    }

    /**
     * Whether the table stays partitioned through this change: its keys, which must hold the partitioning columns,
     * stay as they are, so that PARTITION BY at the end can repartition it in one go.
     */
    private boolean keepsPartitioning() {
        return MariaDbTableOptions.partitioning(after.options()) != null
                && changes.stream()
                        .noneMatch(c -> c instanceof Change.AlterPrimaryKey
                                || c instanceof Change.AddUnique
                                || c instanceof Change.DropUnique);
    }

    /**
     * ENGINE, ROW_FORMAT, KEY_BLOCK_SIZE and the table's collation. A new collation is only the default of columns
     * to come: the columns that take the table's (their type names none) are modified in the same statement, which
     * makes them take the new one, as a table created with it would have them.
     */
    private void changeOptions(Change.TableOptions o) {
        List<String> clauses = new ArrayList<>();
        String plain = MariaDbTableOptions.change(o.before(), o.after());
        if (!plain.isEmpty()) {
            clauses.add(plain);
        }
        if (MariaDbTableOptions.collationChanges(o.before(), o.after())) {
            for (Column c : after.columns()) {
                if (takesTableCollation(c)) {
                    clauses.add(modify(c));
                    clauses.addAll(keepChecks(c));
                }
            }
        }
        if (!clauses.isEmpty()) {
            alter(String.join(", ", clauses));
        }
    }

    private static boolean takesTableCollation(Column c) {
        String type = c.type().toLowerCase(Locale.ROOT);
        return c.generated() == null
                && TEXT_TYPES.matcher(type).lookingAt()
                && !type.contains("character set")
                && !type.contains("collate");
    }

    private void dropConstraintsAndIndexes() {
        for (Change c : changes) {
            if (c instanceof Change.DropCheck d) {
                alter("DROP CONSTRAINT " + quote(named(d.check())));
            } else if (c instanceof Change.DropUnique d) {
                alter("DROP INDEX " + quote(d.unique().name())
                        + keepForeignKeyIndexes(d.unique().columns()));
            } else if (c instanceof Change.DropIndex d) {
                if (sql.createIndex(before, d.index()) == null) {
                    notes.add(MariaDbRenderer.cannotIndex(d.index()));
                } else {
                    String keep = keepForeignKeyIndexes(d.index().keys());
                    out.add(
                            keep.isEmpty()
                                    ? "DROP INDEX " + quote(d.index().name()) + " ON " + table
                                    : "ALTER TABLE " + table + " DROP INDEX "
                                            + quote(d.index().name()) + keep);
                }
            }
        }
    }

    /** Returns whether the primary key was swapped, taking a dropped AUTO_INCREMENT column along. */
    private boolean changeColumnsAndPrimaryKey() {
        List<Column> added = new ArrayList<>();
        Change.AlterPrimaryKey key = null;
        List<Change.AlterColumn> modified = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.AddColumn a) {
                added.add(a.column());
            } else if (c instanceof Change.AlterPrimaryKey k) {
                key = k;
            } else if (c instanceof Change.AlterColumn m && virtual(m.before()) != virtual(m.after())) {
                // MariaDB cannot MODIFY a column into or out of VIRTUAL (error 1907): it is dropped and added again
                alter("DROP COLUMN " + quote(m.before().name()) + ", ADD COLUMN " + sql.column(m.after())
                        + position(m.after()));
            } else if (c instanceof Change.AlterColumn m) {
                modified.add(m);
            }
        }
        // Added before any column is dropped: MariaDB refuses to drop a table's last column.
        for (Column c : added) {
            if (key == null || !c.autoIncrement()) {
                alter("ADD COLUMN " + sql.column(c) + position(c));
            }
        }
        fillNulls(modified);
        if (key != null) {
            swapPrimaryKey(key, added, modified);
            return true;
        }
        for (Change.AlterColumn m : modified) {
            List<String> clauses = new ArrayList<>();
            clauses.add(modify(m.after()));
            clauses.addAll(keepChecks(m.after()));
            alter(String.join(", ", clauses));
        }
        return false;
    }

    private static boolean virtual(Column c) {
        return c.generated() != null && !c.stored();
    }

    /** A column made NOT NULL with a default gets that default where it held NULL, as SQLite's rebuild does. */
    private void fillNulls(List<Change.AlterColumn> modified) {
        for (Change.AlterColumn m : modified) {
            if (m.before().nullable() && !m.after().nullable() && m.after().defaultValue() != null) {
                out.add(sql.fillNullsStatement(after, m.after()));
            }
        }
    }

    private void addConstraintsAndIndexes() {
        for (Change c : changes) {
            if (c instanceof Change.AddUnique a) {
                alter("ADD " + sql.uniqueClause(after, a.unique()));
            } else if (c instanceof Change.AddCheck a) {
                alter("ADD " + sql.checkClause(after, a.check()));
            }
        }
        for (Change.AddIndex a : Change.only(changes, Change.AddIndex.class)) {
            String index = sql.createIndex(after, a.index());
            if (index == null) {
                notes.add(MariaDbRenderer.cannotIndex(a.index()));
            } else {
                out.add(index);
            }
        }
        // Last, so that the columns and indexes they use are there.
        for (Change c : changes) {
            if (c instanceof Change.AddForeignKey a) {
                alter("ADD " + sql.foreignKeyClause(after, a.key()));
            } else if (c instanceof Change.TableComment tc) {
                alter("COMMENT = " + MariaDbNames.literal(tc.after() == null ? "" : tc.after()));
            }
        }
    }

    /** MariaDB drops a check by its name; every check read from MariaDB has one. */
    private static String named(CheckConstraint c) {
        if (c.name() == null) {
            throw new IllegalArgumentException(
                    "MariaDB drops a CHECK by its name, and CHECK (" + c.expression() + ") has none");
        }
        return c.name();
    }

    private void alter(String clauses) {
        out.add("ALTER TABLE " + table + " " + clauses);
    }

    /** ADD COLUMN puts a column last unless told where; this keeps the order of the desired table. */
    private String position(Column c) {
        int i = indexOf(after.columns(), c.name());
        return i == 0 ? " FIRST" : " AFTER " + quote(after.columns().get(i - 1).name());
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private String modify(Column c) {
        return "MODIFY COLUMN " + sql.column(c);
    }

    /**
     * A foreign key leaves behind the index MariaDB made for it; the model does not show that index, so it goes
     * too, unless a key on the same columns is added back (it then takes the index over).
     */
    private void dropForeignKey(ForeignKey f) {
        String clauses = "DROP FOREIGN KEY " + quote(f.name());
        boolean replaced = changes.stream()
                .anyMatch(c -> c instanceof Change.AddForeignKey a
                        && Sql.sameNames(a.key().columns(), f.columns()));
        String index = replaced ? null : automaticIndex(f);
        if (index != null) {
            clauses += ", DROP INDEX IF EXISTS " + quote(index);
        }
        alter(clauses);
    }

    /**
     * MariaDB refuses to drop the index a foreign key uses (it drops its own index for the key as soon as another
     * one can serve). When the index dropped is the only one left for a key that stays, an index for the key is
     * added in the same statement, named after the key, as MariaDB would have named its own.
     */
    private String keepForeignKeyIndexes(List<String> droppedKeys) {
        StringBuilder clauses = new StringBuilder();
        for (ForeignKey f : before.foreignKeys()) {
            boolean stays = after.foreignKeys().stream().anyMatch(f::sameDefinition);
            if (stays && startsWith(droppedKeys, f.columns()) && !servedAfterDrops(f)) {
                clauses.append(", ADD INDEX IF NOT EXISTS ")
                        .append(quote(f.name() == null ? f.columns().get(0) : f.name()))
                        .append(" (")
                        .append(MariaDbNames.IDENTIFIERS.list(f.columns()))
                        .append(')');
            }
        }
        return clauses.toString();
    }

    /** Whether an index that this change keeps (the primary key, a unique or an index) begins with the key's columns. */
    private boolean servedAfterDrops(ForeignKey f) {
        if (before.primaryKey() != null && startsWith(before.primaryKey().columns(), f.columns())) {
            return true;
        }
        boolean byUnique = before.uniques().stream()
                .anyMatch(u -> startsWith(u.columns(), f.columns())
                        && changes.stream()
                                .noneMatch(c -> c instanceof Change.DropUnique d
                                        && d.unique().equals(u)));
        boolean byIndex = before.indexes().stream()
                .anyMatch(i -> startsWith(i.keys(), f.columns())
                        && changes.stream()
                                .noneMatch(c -> c instanceof Change.DropIndex d
                                        && d.index().equals(i)));
        return byUnique || byIndex;
    }

    private static boolean startsWith(List<String> keys, List<String> columns) {
        return keys.size() >= columns.size() && Sql.sameNames(keys.subList(0, columns.size()), columns);
    }

    /** The name MariaDB gave the index it made for a foreign key, when no index of the model has it. */
    private String automaticIndex(ForeignKey f) {
        String name = MariaDbSchemaReader.AUTO_FOREIGN_KEY.matcher(f.name()).matches()
                ? f.columns().get(0)
                : f.name();
        Table old = op.before();
        boolean visible =
                old.index(name).isPresent() || old.uniques().stream().anyMatch(u -> name.equalsIgnoreCase(u.name()));
        return visible ? null : name;
    }

    /**
     * MODIFY COLUMN drops the checks MariaDB keeps with the column (those written in the column's definition, even
     * after the column was renamed). A check that stays and names the column is therefore dropped if it is still
     * there and added again, in the same statement.
     */
    private List<String> keepChecks(Column column) {
        List<String> clauses = new ArrayList<>();
        for (CheckConstraint c : before.checks()) {
            boolean stays = after.checks().stream().anyMatch(c::sameDefinition);
            if (stays && c.name() != null && Sql.mentions(c.expression(), column.name())) {
                clauses.add("DROP CONSTRAINT IF EXISTS " + quote(c.name()));
                clauses.add("ADD " + sql.checkClause(after, c));
            }
        }
        return clauses;
    }

    /**
     * Drops and adds the primary key in one statement with the column changes, so that an AUTO_INCREMENT column
     * (which MariaDB requires to be a key) is never left without one in between.
     */
    private void swapPrimaryKey(Change.AlterPrimaryKey key, List<Column> added, List<Change.AlterColumn> modified) {
        java.util.Set<String> clauses = new java.util.LinkedHashSet<>();
        if (key.before() != null) {
            clauses.add("DROP PRIMARY KEY");
        }
        // an AUTO_INCREMENT column that goes must go with its key, which it needs until then
        Change.only(changes, Change.DropColumn.class).stream()
                .filter(d -> d.column().autoIncrement())
                .forEach(d -> clauses.add("DROP COLUMN " + quote(d.column().name())));
        for (Column c : added) {
            if (c.autoIncrement()) {
                clauses.add("ADD COLUMN " + sql.column(c) + position(c));
            }
        }
        for (Change.AlterColumn m : modified) {
            clauses.add(modify(m.after()));
            clauses.addAll(keepChecks(m.after()));
        }
        if (key.after() != null) {
            clauses.add("ADD PRIMARY KEY ("
                    + MariaDbNames.IDENTIFIERS.list(key.after().columns()) + ")");
        }
        alter(String.join(", ", clauses));
    }
}
