package dev.migrate.diff;

import java.util.List;

/**
 * The result of comparing a model with the migrations (or a database): the operations from the current schema to
 * the model's, and what each side is, for messages.
 */
public record SchemaComparison(String current, String desired, List<Operation> operations) {
    public SchemaComparison {
        operations = List.copyOf(operations);
    }

    public boolean matches() {
        return operations.isEmpty();
    }

    public List<String> warnings() {
        return operations.stream().flatMap(o -> o.warnings().stream()).toList();
    }

    /** The operations as lines for a build log: one each, a table's changes indented below it. */
    public List<String> describe() {
        return operations.stream().flatMap(o -> o.describe().lines()).toList();
    }
}
