package dev.migrate.diff;

import java.util.List;

/**
 * The result of comparing a model with the migrations (or a database): the operations from the current schema to
 * the model's, what each side is, for messages, and what either side holds that was not compared.
 */
public record SchemaComparison(String current, String desired, List<Operation> operations, List<String> notCompared) {
    public SchemaComparison {
        operations = List.copyOf(operations);
        notCompared = List.copyOf(notCompared);
    }

    public SchemaComparison(String current, String desired, List<Operation> operations) {
        this(current, desired, operations, List.of());
    }

    public boolean matches() {
        return operations.isEmpty();
    }

    /** What needs a review: each operation's warnings, then each object that was not compared. */
    public List<String> warnings() {
        List<String> out = new java.util.ArrayList<>(
                operations.stream().flatMap(o -> o.warnings().stream()).toList());
        notCompared.forEach(n -> out.add("not compared: " + n));
        return out;
    }

    /** The operations as lines for a build log: one each, a table's changes indented below it. */
    public List<String> describe() {
        return operations.stream().flatMap(o -> o.describe().lines()).toList();
    }
}
