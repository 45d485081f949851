package dev.migrate.dialect.postgres;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * The names PostgreSQL gives keys declared without one ({@code todo_pkey}, {@code todo_code_key},
 * {@code todo_owner_id_fkey}, {@code todo_n_check}), and a table renamed with them: PostgreSQL keeps them on RENAME, so
 * a later table of the old name would collide with them; migrate renames them too.
 */
final class PostgresDerivedNames {
    static final int MAX_NAME = 63;

    private PostgresDerivedNames() {}

    /** {@code name} cut to the length PostgreSQL keeps of an identifier. */
    static String limited(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    static String primaryKey(String table) {
        return table + "_pkey";
    }

    static String unique(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_key";
    }

    static String foreignKey(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_fkey";
    }

    /** {@code t} named {@code to}, with the names derived from its old name derived from the new one. */
    static Table renamed(Table t, String to) {
        String from = t.name();
        PrimaryKey pk = t.primaryKey() == null
                ? null
                : t.primaryKey().withName(follow(t.primaryKey().name(), primaryKey(from), primaryKey(to)));
        List<UniqueConstraint> uniques = t.uniques().stream()
                .map(u -> u.withName(follow(u.name(), unique(from, u.columns()), unique(to, u.columns()))))
                .toList();
        List<ForeignKey> fks = t.foreignKeys().stream()
                .map(f -> new ForeignKey(
                        follow(f.name(), foreignKey(from, f.columns()), foreignKey(to, f.columns())),
                        f.columns(),
                        f.targetTable().equalsIgnoreCase(from) ? to : f.targetTable(),
                        f.targetColumns(),
                        f.onDelete(),
                        f.onUpdate(),
                        f.deferral()))
                .toList();
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            String name = c.name();
            for (String suffix : checkSuffixes(t)) {
                String followed = follow(name, from + suffix, to + suffix);
                if (!followed.equals(name)) {
                    name = followed;
                    break;
                }
            }
            checks.add(new CheckConstraint(name, c.expression()));
        }
        return new Table(to, t.columns(), pk, fks, uniques, checks, t.indexes(), t.comment(), t.options());
    }

    /** Whether {@code name} is one PostgreSQL gives a CHECK of {@code t} declared without one. */
    static boolean isDerivedCheck(Table t, String name) {
        return checkSuffixes(t).stream().anyMatch(suffix -> name.equals(t.name() + suffix));
    }

    /** What PostgreSQL puts after the table's name in a CHECK's name: {@code _check}, {@code _<column>_check}. */
    private static List<String> checkSuffixes(Table t) {
        List<String> out = new ArrayList<>(List.of("_check"));
        t.columns().forEach(c -> out.add("_" + c.name() + "_check"));
        return out;
    }

    /** {@code to} where {@code name} is the derived {@code from} and both fit PostgreSQL's name length. */
    private static String follow(String name, String from, String to) {
        return name != null && name.equals(from) && Math.max(from.length(), to.length()) <= MAX_NAME ? to : name;
    }
}
