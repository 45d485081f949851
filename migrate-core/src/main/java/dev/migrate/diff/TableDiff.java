package dev.migrate.diff;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The changes that turn one version of a table into another. */
public final class TableDiff {
    private TableDiff() {}

    /** @param renamedColumns new column name to former name */
    public static List<Change> changes(Table before, Table after, Map<String, String> renamedColumns) {
        List<Change> out = new ArrayList<>();
        renamedColumns.forEach((to, from) -> out.add(new Change.RenameColumn(from, to)));
        Table b = renameColumns(before, renamedColumns);
        for (Column a : after.columns()) {
            b.column(a.name())
                    .ifPresentOrElse(
                            old -> {
                                if (!old.sameDefinition(a)) {
                                    out.add(new Change.AlterColumn(old, a));
                                }
                            },
                            () -> out.add(new Change.AddColumn(a)));
        }
        for (Column old : b.columns()) {
            if (after.column(old.name()).isEmpty()) {
                out.add(new Change.DropColumn(old));
            }
        }
        PrimaryKey pk = b.primaryKey();
        if (pk == null ? after.primaryKey() != null : !pk.sameDefinition(after.primaryKey())) {
            out.add(new Change.AlterPrimaryKey(pk, after.primaryKey()));
        }
        pair(
                b.foreignKeys(),
                after.foreignKeys(),
                ForeignKey::sameDefinition,
                Change.DropForeignKey::new,
                Change.AddForeignKey::new,
                out);
        pair(
                b.uniques(),
                after.uniques(),
                UniqueConstraint::sameDefinition,
                Change.DropUnique::new,
                Change.AddUnique::new,
                out);
        pair(
                b.checks(),
                after.checks(),
                CheckConstraint::sameDefinition,
                Change.DropCheck::new,
                Change.AddCheck::new,
                out);
        if (!java.util.Objects.equals(b.comment(), after.comment())) {
            out.add(new Change.TableComment(b.comment(), after.comment()));
        }
        if (!java.util.Objects.equals(b.options(), after.options())) {
            out.add(new Change.TableOptions(b.options(), after.options()));
        }
        pair(
                b.indexes(),
                after.indexes(),
                (x, y) -> x.name().equalsIgnoreCase(y.name()) && x.sameDefinition(y),
                Change.DropIndex::new,
                Change.AddIndex::new,
                out);
        return out;
    }

    private static <T> void pair(
            List<T> before,
            List<T> after,
            BiPredicate<T, T> same,
            Function<T, Change> drop,
            Function<T, Change> add,
            List<Change> out) {
        List<T> unmatched = new ArrayList<>(after);
        for (T old : before) {
            T match = unmatched.stream()
                    .filter(n -> same.test(old, n))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                out.add(drop.apply(old));
            } else {
                unmatched.remove(match);
            }
        }
        unmatched.forEach(n -> out.add(add.apply(n)));
    }

    /** The table as the database shows it after RENAME COLUMN: every use of a renamed column follows. */
    public static Table renameColumns(Table t, Map<String, String> renamedColumns) {
        if (renamedColumns.isEmpty()) {
            return t;
        }
        Map<String, String> oldToNew = new java.util.HashMap<>();
        renamedColumns.forEach((to, from) -> oldToNew.put(Sql.key(from), to));
        UnaryOperator<String> name = n -> oldToNew.getOrDefault(Sql.key(n), n);
        UnaryOperator<String> expr = e -> e == null ? null : replaceWords(e, oldToNew);
        List<Column> columns =
                t.columns().stream().map(c -> c.withName(name.apply(c.name()))).toList();
        PrimaryKey pk = t.primaryKey() == null
                ? null
                : t.primaryKey()
                        .withColumns(t.primaryKey().columns().stream().map(name).toList());
        List<ForeignKey> fks = t.foreignKeys().stream()
                .map(f -> {
                    ForeignKey r = f.renamingColumns(name);
                    return f.targetTable().equalsIgnoreCase(t.name())
                            ? r.withTarget(
                                    r.targetTable(),
                                    r.targetColumns().stream().map(name).toList())
                            : r;
                })
                .toList();
        List<UniqueConstraint> uniques = t.uniques().stream()
                .map(u -> u.withColumns(u.columns().stream().map(name).toList()))
                .toList();
        List<CheckConstraint> checks = t.checks().stream()
                .map(c -> new CheckConstraint(c.name(), expr.apply(c.expression())))
                .toList();
        List<Index> indexes = t.indexes().stream()
                .map(i -> i.withKeys(i.keys().stream().map(expr).toList(), expr.apply(i.where())))
                .toList();
        return new Table(t.name(), columns, pk, fks, uniques, checks, indexes, t.comment(), t.options());
    }

    private static String replaceWords(String sql, Map<String, String> oldToNew) {
        Matcher m =
                Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|'[^']*'|\"[^\"]*\"").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String bare = word.startsWith("\"") ? word.substring(1, word.length() - 1) : word;
            String replacement = word.startsWith("'") ? word : oldToNew.get(Sql.key(bare));
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            replacement == null
                                    ? word
                                    : word.startsWith("\"") ? "\"" + replacement + "\"" : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
