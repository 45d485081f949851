package dev.migrate.diff;

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

    SchemaObjects(Schema current, Schema desired) {
        List<SchemaObject> wanted = new ArrayList<>(desired.objects());
        wanted.sort(Comparator.comparing(SchemaObject::kind));
        for (SchemaObject after : wanted) {
            SchemaObject before = current.object(after.kind(), after.key()).orElse(null);
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
