package dev.migrate.diff;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.View;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations that turn the current schema into the desired one, ordered so that each runs after what it
 * needs: views and triggers go first and come back last, changed tables are altered before new tables are created
 * (a new table's foreign key may need a key they add; SQLite takes a reference to a table yet to come), except
 * where a column rename keeps foreign keys in the alteration on PostgreSQL and MariaDB, new tables are created
 * parents first, a dropped table lets go of the changed tables it references first, dropped tables go
 * children first. Foreign keys that close a cycle (A references B, B references A) are added once both tables
 * exist and dropped before either table goes, unless the database lets CREATE TABLE reference a table that does not
 * exist yet (SQLite). Extensions, types, domains and functions come first and go last; sequences come before the
 * tables whose defaults use them and go after; rows a new table must start with follow its creation. The downgrade is {@link #inverse(List)}.
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    /** As a database that checks a foreign key's table when the key is created would need it. */
    public static List<Operation> compare(Schema current, Schema desired, RenameHints hints) {
        return compare(current, desired, hints, false);
    }

    /** @param forwardReferences whether CREATE TABLE may reference a table created after it (SQLite) */
    public static List<Operation> compare(
            Schema current, Schema desired, RenameHints hints, boolean forwardReferences) {
        return compare(current, desired, hints, forwardReferences, RenameRule.NAME_ONLY);
    }

    /** @param renameRule what RENAME TABLE makes of a table on the database */
    public static List<Operation> compare(
            Schema current, Schema desired, RenameHints hints, boolean forwardReferences, RenameRule renameRule) {
        List<Operation> renames = new ArrayList<>();
        Map<String, Table> working = new LinkedHashMap<>();
        current.tables().forEach(t -> working.put(Sql.key(t.name()), t));
        for (Table t : desired.tables()) {
            Optional<String> former = hints.formerTableName(t.name());
            if (former.isPresent()
                    && working.containsKey(Sql.key(former.get()))
                    && !working.containsKey(Sql.key(t.name()))
                    && desired.table(former.get()).isEmpty()) {
                Table old = working.remove(Sql.key(former.get()));
                Table renamed = renameRule.renamed(old, t.name());
                renames.add(new Operation.RenameTable(old.name(), t.name(), old, renamed));
                working.put(Sql.key(t.name()), renamed);
                retarget(working, old.name(), t.name());
            }
        }
        // a renamed enum value is renamed in the defaults that hold it too, as PostgreSQL does
        SchemaObjects objects = new SchemaObjects(current, desired, hints);
        objects.renamedValues().forEach(r -> working.replaceAll((k, t) -> SchemaObjects.withRenamedValue(t, r)));
        List<Table> created = new ArrayList<>();
        List<Operation> alters = new ArrayList<>();
        // changes that add no foreign key: a new table's foreign key may need a key one of them adds
        List<Operation> altersBeforeCreation = new ArrayList<>();
        List<Operation> foreignKeysFirst = new ArrayList<>();
        List<Operation> foreignKeysLast = new ArrayList<>();
        Set<String> altered = new java.util.HashSet<>();
        for (Table t : desired.tables()) {
            Table before = working.get(Sql.key(t.name()));
            if (before == null) {
                created.add(t);
                continue;
            }
            Map<String, String> columnRenames = columnRenames(before, t, hints);
            List<Change> changes = TableDiff.changes(before, t, columnRenames);
            if (changes.isEmpty()) {
                continue;
            }
            altered.add(Sql.key(t.name()));
            Table droppedKeys = before;
            Table keysToAdd = t;
            boolean split = !forwardReferences && columnRenames.isEmpty();
            if (split) {
                // Across tables, a key another table's foreign key needs must exist before that key is added and
                // stay until it is dropped: foreign keys go before every other change and come after.
                List<ForeignKey> dropped = Change.only(changes, Change.DropForeignKey.class).stream()
                        .map(Change.DropForeignKey::key)
                        .toList();
                List<ForeignKey> added = Change.only(changes, Change.AddForeignKey.class).stream()
                        .map(Change.AddForeignKey::key)
                        .toList();
                droppedKeys = before.withForeignKeys(before.foreignKeys().stream()
                        .filter(f -> !dropped.contains(f))
                        .toList());
                keysToAdd = t.withForeignKeys(
                        t.foreignKeys().stream().filter(f -> !added.contains(f)).toList());
            }
            if (!droppedKeys.equals(before)) {
                foreignKeysFirst.add(alter(before, droppedKeys));
            }
            if (!TableDiff.changes(droppedKeys, keysToAdd, columnRenames).isEmpty()) {
                (split || forwardReferences ? altersBeforeCreation : alters)
                        .add(new Operation.AlterTable(
                                droppedKeys,
                                keysToAdd,
                                columnRenames,
                                dependentViews(current, desired, t),
                                dependentTriggers(current, desired, t)));
            }
            if (!keysToAdd.equals(t)) {
                foreignKeysLast.add(alter(keysToAdd, t));
            }
        }
        // a table that goes lets go of the tables that change first: the key its foreign key needs may go with them
        List<Table> dropped = new ArrayList<>();
        for (Table t : working.values()) {
            if (desired.table(t.name()).isPresent()) {
                continue;
            }
            Table kept = forwardReferences
                    ? t
                    : t.withForeignKeys(t.foreignKeys().stream()
                            .filter(f -> !altered.contains(Sql.key(f.targetTable())))
                            .toList());
            if (!kept.equals(t)) {
                foreignKeysFirst.add(alter(t, kept));
            }
            dropped.add(kept);
        }

        List<Operation> ops = new ArrayList<>();
        for (Trigger tr : current.triggers()) {
            if (!desired.holds(tr)) {
                ops.add(new Operation.DropTrigger(tr));
            }
        }
        for (View v : current.views()) {
            if (!desired.view(v.name()).map(v::equals).orElse(false)) {
                ops.add(new Operation.DropView(v));
            }
        }
        ops.addAll(renames);
        ops.addAll(objects.early());
        Sequences sequences = new Sequences(current, desired);
        ops.addAll(sequences.early());
        ops.addAll(foreignKeysFirst);
        ops.addAll(altersBeforeCreation);
        Ordered creating = parentsFirst(created, forwardReferences);
        creating.tables().forEach(t -> ops.add(new Operation.CreateTable(creating.withoutCycles(t))));
        creating.tables().stream()
                .filter(creating::closesCycle)
                .forEach(t -> ops.add(alter(creating.withoutCycles(t), t)));
        creating.tables().stream()
                .filter(t -> !desired.seedRows(t.name()).isEmpty())
                .forEach(t -> ops.add(new Operation.InsertRows(t.name(), desired.seedRows(t.name()))));
        ops.addAll(alters);
        ops.addAll(foreignKeysLast);
        ops.addAll(sequences.middle());
        Ordered dropping = parentsFirst(dropped, forwardReferences);
        dropping.tables().stream()
                .filter(dropping::closesCycle)
                .forEach(t -> ops.add(alter(t, dropping.withoutCycles(t))));
        List<Table> childrenFirst = new ArrayList<>(dropping.tables());
        java.util.Collections.reverse(childrenFirst);
        childrenFirst.forEach(t -> ops.add(new Operation.DropTable(dropping.withoutCycles(t))));
        ops.addAll(sequences.late());
        ops.addAll(objects.late());
        for (View v : desired.views()) {
            if (!current.view(v.name()).map(v::equals).orElse(false)) {
                ops.add(new Operation.CreateView(v));
            }
        }
        for (Trigger tr : desired.triggers()) {
            if (!current.holds(tr)) {
                ops.add(new Operation.CreateTrigger(tr));
            }
        }
        return ops;
    }

    /** The operations that undo {@code ops}: each one's inverse, last first. */
    public static List<Operation> inverse(List<Operation> ops) {
        List<Operation> out = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            out.add(ops.get(i).inverse());
        }
        return out;
    }

    private static Map<String, String> columnRenames(Table before, Table after, RenameHints hints) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (var c : after.columns()) {
            hints.formerColumnName(after.name(), c.name())
                    .filter(old -> before.column(old).isPresent()
                            && before.column(c.name()).isEmpty()
                            && after.column(old).isEmpty())
                    .ifPresent(old ->
                            renames.put(c.name(), before.column(old).get().name()));
        }
        return renames;
    }

    /** After RENAME TABLE the database points foreign keys of other tables at the new name. */
    private static void retarget(Map<String, Table> tables, String from, String to) {
        tables.replaceAll((k, t) -> t.withForeignKeys(t.foreignKeys().stream()
                .map(f -> f.targetTable().equalsIgnoreCase(from) ? f.withTarget(to, f.targetColumns()) : f)
                .toList()));
    }

    /**
     * The unchanged views that use the table, directly or through other views, in the schema's order (the order they
     * were created in): a dialect that must drop them drops them last first.
     */
    private static List<View> dependentViews(Schema current, Schema desired, Table t) {
        List<View> kept = desired.views().stream()
                .filter(v -> current.view(v.name()).map(v::equals).orElse(false))
                .toList();
        Set<String> used = new LinkedHashSet<>(List.of(t.name()));
        Set<View> dependent = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : kept) {
                if (!dependent.contains(v) && used.stream().anyMatch(name -> Sql.mentions(v.sql(), name))) {
                    dependent.add(v);
                    used.add(v.name());
                    grew = true;
                }
            }
        }
        return kept.stream().filter(dependent::contains).toList();
    }

    private static List<Trigger> dependentTriggers(Schema current, Schema desired, Table t) {
        return desired.triggers().stream()
                .filter(current::holds)
                .filter(tr -> tr.table().equalsIgnoreCase(t.name()) || Sql.mentions(tr.sql(), t.name()))
                .toList();
    }

    private static Operation alter(Table before, Table after) {
        return new Operation.AlterTable(before, after, Map.of(), List.of(), List.of());
    }

    /** Tables in an order to create them, and the foreign keys that point ahead in it (which close a cycle). */
    private record Ordered(List<Table> tables, Set<ForeignKey> ahead) {
        boolean closesCycle(Table t) {
            return t.foreignKeys().stream().anyMatch(ahead::contains);
        }

        Table withoutCycles(Table t) {
            return closesCycle(t)
                    ? t.withForeignKeys(t.foreignKeys().stream()
                            .filter(f -> !ahead.contains(f))
                            .toList())
                    : t;
        }
    }

    /** Parents first; a key to a table still being ordered (a cycle) points ahead, unless forward references are allowed. */
    private static Ordered parentsFirst(List<Table> tables, boolean forwardReferences) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(Sql.key(t.name()), t));
        Set<String> done = new LinkedHashSet<>();
        Set<ForeignKey> ahead = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            visit(name, byName, done, new java.util.HashSet<>(), ahead);
        }
        return new Ordered(done.stream().map(byName::get).toList(), forwardReferences ? Set.of() : ahead);
    }

    private static void visit(
            String name, Map<String, Table> byName, Set<String> done, Set<String> visiting, Set<ForeignKey> ahead) {
        if (done.contains(name) || !visiting.add(name)) {
            return;
        }
        for (ForeignKey f : byName.get(name).foreignKeys()) {
            String parent = Sql.key(f.targetTable());
            if (parent.equals(name) || !byName.containsKey(parent) || done.contains(parent)) {
                continue; // a table may reference itself as it is created
            }
            if (visiting.contains(parent)) {
                ahead.add(f);
            } else {
                visit(parent, byName, done, visiting, ahead);
            }
        }
        done.add(name);
    }
}
