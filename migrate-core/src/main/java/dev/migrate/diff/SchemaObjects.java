package dev.migrate.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The operations on extensions, enum types, domains, functions and events: created and altered first, in the order of their
 * kinds, since tables, indexes and triggers use them; dropped last, in the reverse order. Extensions are compared by
 * name only: their version is the server's business.
 */
final class SchemaObjects {
    private final List<Operation> early = new ArrayList<>();
    private final List<Operation> late = new ArrayList<>();

    SchemaObjects(Schema current, Schema desired, RenameHints hints) {
        List<SchemaObject> wanted = new ArrayList<>(desired.objects());
        wanted.sort(Comparator.comparing(SchemaObject::kind));
        for (SchemaObject after : wanted) {
            SchemaObject before = current.object(after.kind(), after.key()).orElse(null);
            if (before instanceof EnumType b && after instanceof EnumType a) {
                before = renameValues(b, a, hints);
            }
            if (before == null) {
                early.add(new Operation.CreateObject(after));
            } else if (!before.sameDefinition(after)) {
                early.add(new Operation.AlterObject(before, after, usedBy(current, before.key())));
            }
        }
        List<SchemaObject> gone = new ArrayList<>(current.objects());
        gone.sort(Comparator.comparing(SchemaObject::kind).reversed());
        for (SchemaObject before : gone) {
            if (desired.object(before.kind(), before.key()).isEmpty()) {
                late.add(new Operation.DropObject(before));
            }
        }
    }

    /** The enum values the hints say were renamed, each an operation of its own ahead of the rest. */
    List<Operation.RenameEnumValue> renamedValues() {
        return early.stream()
                .filter(Operation.RenameEnumValue.class::isInstance)
                .map(Operation.RenameEnumValue.class::cast)
                .toList();
    }

    /** Each value the hints say was renamed: the old value there, the new one not yet, and the old one gone. */
    private static List<Operation.RenameEnumValue> renames(EnumType before, EnumType after, RenameHints hints) {
        List<Operation.RenameEnumValue> out = new ArrayList<>();
        List<String> values = new ArrayList<>(before.values());
        for (String v : after.values()) {
            String old = hints.formerEnumValue(after.name(), v).orElse(null);
            if (old != null
                    && values.contains(old)
                    && !values.contains(v)
                    && !after.values().contains(old)) {
                out.add(new Operation.RenameEnumValue(after.name(), old, v));
                values.set(values.indexOf(old), v);
            }
        }
        return out;
    }

    /** {@code t} with the defaults that hold the renamed value ({@code 'ok'::mood}) holding the new one. */
    static Table withRenamedValue(Table t, Operation.RenameEnumValue r) {
        String from = literal(r.from()) + "::" + r.type();
        List<Column> columns = t.columns().stream()
                .map(c ->
                        from.equalsIgnoreCase(c.defaultValue()) ? c.withDefault(literal(r.to()) + "::" + r.type()) : c)
                .toList();
        return columns.equals(t.columns()) ? t : t.withColumns(columns);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code before} with its renamed values renamed, each rename an operation ahead of the rest of the change. */
    private EnumType renameValues(EnumType before, EnumType after, RenameHints hints) {
        List<String> values = new ArrayList<>(before.values());
        for (Operation.RenameEnumValue r : renames(before, after, hints)) {
            early.add(r);
            values.set(values.indexOf(r.from()), r.to());
        }
        return new EnumType(before.name(), values);
    }

    /** The columns whose type is {@code type}, or an array of it. */
    private static List<Operation.ColumnOf> usedBy(Schema schema, String type) {
        List<Operation.ColumnOf> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            t.columns().stream()
                    .filter(c -> c.type().equalsIgnoreCase(type) || c.type().equalsIgnoreCase(type + "[]"))
                    .forEach(c -> out.add(new Operation.ColumnOf(t.name(), c)));
        }
        return out;
    }

    List<Operation> early() {
        return early;
    }

    List<Operation> late() {
        return late;
    }
}
