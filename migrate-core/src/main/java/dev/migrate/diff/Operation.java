package dev.migrate.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.Domain;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step of a schema change, from the diff through the rendered SQL: each knows its inverse, so the downgrade
 * is the same diff read backwards, and its warnings, for steps that lose data or depend on the rows present.
 */
public sealed interface Operation {
    Operation inverse();

    /** What it does, for people; several lines for a table with several changes. */
    String describe();

    default List<String> warnings() {
        return List.of();
    }

    /** A new table with its keys, constraints and indexes. */
    record CreateTable(Table table) implements Operation {
        public Operation inverse() {
            return new DropTable(table);
        }

        public String describe() {
            return "create table " + table.name();
        }
    }

    /** Drops a table; it carries the whole definition so that the downgrade can create it again. */
    record DropTable(Table table) implements Operation {
        public Operation inverse() {
            return new CreateTable(table);
        }

        public String describe() {
            return "drop table " + table.name();
        }

        @Override
        public List<String> warnings() {
            return List.of("drops table " + table.name() + " and every row in it (undoing this recreates it empty)");
        }
    }

    /**
     * Renames a table; {@code before} and {@code after} are the table under either name (null when not known), so
     * that a dialect can rename the names it derived from the table's along with it ({@link RenameRule}).
     */
    record RenameTable(String from, String to, Table before, Table after) implements Operation {
        public RenameTable(String from, String to) {
            this(from, to, null, null);
        }

        public Operation inverse() {
            return new RenameTable(to, from, after, before);
        }

        public String describe() {
            return "rename table " + from + " to " + to;
        }
    }

    /**
     * Changes a table from {@code before} to {@code after}. {@code renamedColumns} maps new column names to former
     * ones. {@code dependents} are the views and triggers that use the table and stay as they are; a dialect that
     * rebuilds the table must drop and recreate them.
     */
    record AlterTable(
            Table before, Table after, Map<String, String> renamedColumns, List<View> views, List<Trigger> triggers)
            implements Operation {
        public AlterTable {
            renamedColumns = Map.copyOf(renamedColumns);
            views = List.copyOf(views);
            triggers = List.copyOf(triggers);
        }

        public Operation inverse() {
            Map<String, String> back = new java.util.HashMap<>();
            renamedColumns.forEach((to, from) -> back.put(from, to));
            return new AlterTable(after, before, back, views, triggers);
        }

        public List<Change> changes() {
            return TableDiff.changes(before, after, renamedColumns);
        }

        public String describe() {
            return "alter table " + after.name() + ":\n  "
                    + String.join(
                            "\n  ", changes().stream().map(Change::describe).toList());
        }

        @Override
        public List<String> warnings() {
            List<String> out = new ArrayList<>();
            for (Change c : changes()) {
                c.warning(before).ifPresent(w -> out.add(after.name() + ": " + w));
            }
            return out;
        }
    }

    /**
     * The part of an ALTER TABLE that can run without blocking writes for a long time, in a revision outside a
     * transaction: indexes built concurrently, constraints added unchecked and validated afterwards, NOT NULL set
     * from a validated check. {@code backfill} are the columns whose new default is computed for every row already
     * there (a volatile default the table could only get by being rewritten).
     */
    record OnlineAlterTable(AlterTable change, java.util.Set<String> backfill) implements Operation {
        public OnlineAlterTable {
            backfill = java.util.Set.copyOf(backfill);
        }

        public Operation inverse() {
            return new OnlineAlterTable((AlterTable) change.inverse(), java.util.Set.of());
        }

        public String describe() {
            return "online " + change.describe();
        }

        @Override
        public List<String> warnings() {
            return change.warnings();
        }
    }

    record CreateView(View view) implements Operation {
        public Operation inverse() {
            return new DropView(view);
        }

        public String describe() {
            return "create view " + view.name();
        }
    }

    record DropView(View view) implements Operation {
        public Operation inverse() {
            return new CreateView(view);
        }

        public String describe() {
            return "drop view " + view.name();
        }
    }

    record CreateTrigger(Trigger trigger) implements Operation {
        public Operation inverse() {
            return new DropTrigger(trigger);
        }

        public String describe() {
            return "create " + trigger.describe();
        }
    }

    record DropTrigger(Trigger trigger) implements Operation {
        public Operation inverse() {
            return new CreateTrigger(trigger);
        }

        public String describe() {
            return "drop " + trigger.describe();
        }
    }

    record CreateSequence(Sequence sequence) implements Operation {
        public Operation inverse() {
            return new DropSequence(sequence);
        }

        public String describe() {
            return "create sequence " + sequence.describe();
        }
    }

    /** Drops a sequence; undoing it creates the sequence again from its start, not from where it had got to. */
    record DropSequence(Sequence sequence) implements Operation {
        public Operation inverse() {
            return new CreateSequence(sequence);
        }

        public String describe() {
            return "drop sequence " + sequence.name();
        }

        @Override
        public List<String> warnings() {
            return List.of(
                    "drops sequence " + sequence.name() + " (undoing this restarts it at " + sequence.start() + ")");
        }
    }

    /** Changes a sequence's options or owner in place, keeping the value it has got to. */
    record AlterSequence(Sequence before, Sequence after) implements Operation {
        public Operation inverse() {
            return new AlterSequence(after, before);
        }

        public String describe() {
            return "alter sequence " + before.describe() + " -> " + after.describe();
        }

        @Override
        public List<String> warnings() {
            return after.min() > before.min() || after.max() < before.max()
                    ? List.of("narrows the range of sequence " + after.name() + " to " + after.min() + ".."
                            + after.max() + ": fails if the value it has got to lies outside")
                    : List.of();
        }
    }

    /** Rows the schema source puts in a table it creates: a table-based id generator's first value. */
    record InsertRows(String table, List<String> statements) implements Operation {
        public InsertRows {
            statements = List.copyOf(statements);
        }

        public Operation inverse() {
            return new DeleteRows(table, statements);
        }

        public String describe() {
            return "insert the first rows of " + table;
        }
    }

    /** Undoes {@link InsertRows}, on the way to dropping the table. */
    record DeleteRows(String table, List<String> statements) implements Operation {
        public Operation inverse() {
            return new InsertRows(table, statements);
        }

        public String describe() {
            return "delete the rows of " + table;
        }
    }

    /** Creates an extension, enum type, domain or function. */
    record CreateObject(SchemaObject object) implements Operation {
        public Operation inverse() {
            return new DropObject(object);
        }

        public String describe() {
            return "create " + object.describe();
        }
    }

    record DropObject(SchemaObject object) implements Operation {
        public Operation inverse() {
            return new CreateObject(object);
        }

        public String describe() {
            return "drop " + object.describe();
        }
    }

    /** Renames a value of an enum type: the rows that hold it hold the new name. */
    record RenameEnumValue(String type, String from, String to) implements Operation {
        public Operation inverse() {
            return new RenameEnumValue(type, to, from);
        }

        public String describe() {
            return "rename value '" + from + "' of enum type " + type + " to '" + to + "'";
        }
    }

    /** A column of a table, where it uses a type that changes. */
    record ColumnOf(String table, Column column) {
        @Override
        public String toString() {
            return table + "." + column.name();
        }
    }

    /**
     * Changes an extension, enum type, domain or function in place. {@code usedBy} are the columns of the type or
     * domain, which a rebuild of the type must convert.
     */
    record AlterObject(SchemaObject before, SchemaObject after, List<ColumnOf> usedBy) implements Operation {
        public AlterObject {
            usedBy = List.copyOf(usedBy);
        }

        public Operation inverse() {
            return new AlterObject(after, before, usedBy);
        }

        public String describe() {
            return "alter " + before.describe() + " -> " + after.describe();
        }

        @Override
        public List<String> warnings() {
            if (before instanceof EnumType b && after instanceof EnumType a && !b.grewInto(a)) {
                return List.of("removes or reorders values of " + a.name() + ": the type is rebuilt and every column "
                        + "of it converted; fails if a row holds a value that goes");
            }
            if (before instanceof Domain && !usedBy.isEmpty()) {
                return List.of("changes domain " + after.key() + ": fails if a value in " + usedBy
                        + " breaks a new constraint");
            }
            return List.of();
        }
    }
}
