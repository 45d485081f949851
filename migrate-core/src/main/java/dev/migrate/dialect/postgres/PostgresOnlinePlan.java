package dev.migrate.dialect.postgres;

import dev.migrate.diff.Change;
import dev.migrate.diff.OnlinePlan;
import dev.migrate.diff.Operation;
import dev.migrate.diff.TableDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Splits each ALTER TABLE into what may hold its lock (it is quick) and what must not (it scans or builds): new
 * indexes, unique and primary keys (built concurrently, then attached), foreign keys and checks (added NOT VALID,
 * then validated), NOT NULL (from a validated check), index drops, and the backfill of a volatile default. That
 * part runs after the rest, outside a transaction: first everything but the constraints that read other tables'
 * keys, then those, so that a key's unique index exists before the foreign keys that need it.
 */
final class PostgresOnlinePlan {
    private PostgresOnlinePlan() {}

    static OnlinePlan split(List<Operation> operations) {
        Set<String> created = created(operations);
        Set<String> addedKeys = keysAddedOnline(operations, created);
        List<Operation> locking = new ArrayList<>();
        List<Operation> built = new ArrayList<>();
        List<Operation> keys = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof Operation.CreateTable create) {
                // a new table's key to a unique key built online is added once that key is there
                Table t = create.table();
                List<ForeignKey> now = t.foreignKeys().stream()
                        .filter(f -> !addedKeys.contains(key(f.targetTable(), f.targetColumns())))
                        .toList();
                if (now.size() < t.foreignKeys().size()) {
                    locking.add(new Operation.CreateTable(t.withForeignKeys(now)));
                    add(keys, t.withForeignKeys(now), t, Set.of());
                    continue;
                }
            }
            if (!(op instanceof Operation.AlterTable alter) || !online(alter, created)) {
                locking.add(op);
                continue;
            }
            Split s = split(alter);
            Operation.AlterTable first = new Operation.AlterTable(
                    alter.before(), s.mid, alter.renamedColumns(), alter.views(), alter.triggers());
            if (!first.changes().isEmpty()) {
                locking.add(first);
            }
            add(built, s.mid, s.withoutKeys, s.backfill);
            add(keys, s.withoutKeys, alter.after(), Set.of());
        }
        List<Operation> online = new ArrayList<>(built);
        online.addAll(keys);
        return new OnlinePlan(locking, online);
    }

    /** The unique and primary keys the online part adds to existing tables, as {@link #key}. */
    private static Set<String> keysAddedOnline(List<Operation> operations, Set<String> created) {
        Set<String> out = new HashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.AlterTable alter && online(alter, created)) {
                Table mid = split(alter).mid;
                Table after = alter.after();
                if (after.primaryKey() != null && !after.primaryKey().sameDefinition(mid.primaryKey())) {
                    out.add(key(after.name(), after.primaryKey().columns()));
                }
                for (UniqueConstraint u : after.uniques()) {
                    if (mid.uniques().stream().noneMatch(m -> m.sameDefinition(u))) {
                        out.add(key(after.name(), u.columns()));
                    }
                }
            }
        }
        return out;
    }

    /** The tables the operations create: still empty, so an ALTER of one (a key of a cycle) locks nobody out. */
    private static Set<String> created(List<Operation> operations) {
        Set<String> out = new HashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.CreateTable create) {
                out.add(create.table().name());
            }
        }
        return out;
    }

    private static boolean online(Operation.AlterTable alter, Set<String> created) {
        return !partitioned(alter.after())
                && !partitioned(alter.before())
                && !created.contains(alter.before().name());
    }

    private static void add(List<Operation> out, Table from, Table to, Set<String> backfill) {
        Operation.AlterTable change = new Operation.AlterTable(from, to, Map.of(), List.of(), List.of());
        if (!change.changes().isEmpty()) {
            out.add(new Operation.OnlineAlterTable(change, backfill));
        }
    }

    /**
     * {@code mid}: the table once the locking part ran; {@code withoutKeys}: once the online part built its indexes
     * and set its NOT NULLs, before it adds foreign keys and checks.
     */
    private record Split(Table mid, Table withoutKeys, Set<String> backfill) {}

    private static Split split(Operation.AlterTable op) {
        Table after = op.after();
        Table before = TableDiff.renameColumns(op.before(), op.renamedColumns());
        List<Change> changes = op.changes();
        boolean columnsChange = changes.stream()
                .anyMatch(c -> c instanceof Change.DropColumn
                        || c instanceof Change.AlterColumn a
                                && (!a.before().type().equals(a.after().type())
                                        || !Objects.equals(
                                                a.before().generated(),
                                                a.after().generated())));

        List<Column> columns = new ArrayList<>();
        Set<String> backfill = new LinkedHashSet<>();
        for (Column c : after.columns()) {
            Column old = before.column(c.name()).orElse(null);
            if (old == null && volatileDefault(c)) {
                columns.add(new Column(c.name(), c.type(), true, null, false, null, false, c.comment()));
                backfill.add(c.name());
            } else if (old != null
                    && old.nullable()
                    && !c.nullable()
                    && !c.autoIncrement()
                    && !old.autoIncrement()
                    && Objects.equals(old.generated(), c.generated())) {
                columns.add(nullable(c));
            } else {
                columns.add(c);
            }
        }

        PrimaryKey pk = after.primaryKey();
        PrimaryKey oldPk = before.primaryKey();
        boolean pkChanges = pk != null && (oldPk == null || !oldPk.sameDefinition(pk));
        if (pkChanges
                && (oldPk == null
                        || !columnsChange
                                && after.columns().stream()
                                        .map(c -> Sql.key(c.name()))
                                        .toList()
                                        .containsAll(oldPk.columns().stream()
                                                .map(Sql::key)
                                                .toList()))) {
            pk = oldPk;
        }
        List<UniqueConstraint> uniques =
                kept(before.uniques(), after.uniques(), UniqueConstraint::sameDefinition, u -> false);
        List<ForeignKey> foreignKeys =
                kept(before.foreignKeys(), after.foreignKeys(), ForeignKey::sameDefinition, f -> false);
        List<CheckConstraint> checks =
                kept(before.checks(), after.checks(), CheckConstraint::sameDefinition, c -> c.name() == null);
        List<Index> indexes = kept(
                before.indexes(),
                after.indexes(),
                (x, y) -> x.name().equalsIgnoreCase(y.name()) && x.sameDefinition(y),
                i -> false);
        if (!columnsChange) {
            // an index that goes is dropped concurrently too, unless its column goes with it (and takes it along)
            for (Index old : before.indexes()) {
                if (after.indexes().stream()
                        .noneMatch(i -> i.name().equalsIgnoreCase(old.name()) && i.sameDefinition(old))) {
                    indexes.add(old);
                }
            }
        }
        Table mid = new Table(
                after.name(), columns, pk, foreignKeys, uniques, checks, indexes, after.comment(), after.options());
        Table withoutKeys = new Table(
                after.name(),
                after.columns(),
                after.primaryKey(),
                foreignKeys,
                after.uniques(),
                checks,
                after.indexes(),
                after.comment(),
                after.options());
        return new Split(mid, withoutKeys, backfill);
    }

    /** What of {@code after} the table already has, and what must come with the locking part anyway. */
    private static <T> List<T> kept(
            List<T> before, List<T> after, BiPredicate<T, T> same, java.util.function.Predicate<T> mustLock) {
        List<T> out = new ArrayList<>();
        for (T t : after) {
            if (mustLock.test(t) || before.stream().anyMatch(b -> same.test(b, t))) {
                out.add(t);
            }
        }
        return out;
    }

    private static String key(String table, List<String> columns) {
        List<String> sorted = new ArrayList<>(columns.stream().map(Sql::key).toList());
        java.util.Collections.sort(sorted);
        return Sql.key(table) + sorted;
    }

    private static boolean volatileDefault(Column c) {
        return c.defaultValue() != null
                && !c.autoIncrement()
                && c.generated() == null
                && PostgresVolatility.isVolatile(c.defaultValue());
    }

    private static Column nullable(Column c) {
        return new Column(
                c.name(), c.type(), true, c.defaultValue(), c.autoIncrement(), c.generated(), c.stored(), c.comment());
    }

    /** CONCURRENTLY is refused on a partitioned table, and its partitions take their indexes from it. */
    private static boolean partitioned(Table t) {
        return t.options() != null && t.options().contains("PARTITION ");
    }
}
