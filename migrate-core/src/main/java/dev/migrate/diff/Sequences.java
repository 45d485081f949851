package dev.migrate.diff;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sequence operations of a schema change, in three places. Early, before any table changes: new sequences are
 * created (a column default may call them) and sequences lose an owner that goes or changes (PostgreSQL drops an
 * owned sequence with its column). In the middle, once tables are created and altered: options change in place and
 * owners are set. Late, after the tables are dropped: sequences go.
 */
final class Sequences {
    private final List<Operation> early = new ArrayList<>();
    private final List<Operation> middle = new ArrayList<>();
    private final List<Operation> late = new ArrayList<>();

    Sequences(Schema current, Schema desired) {
        for (Sequence before : current.sequences()) {
            Sequence after = desired.sequence(before.name()).orElse(null);
            Sequence kept = before;
            if (before.ownedBy() != null && (after == null || !Objects.equals(before.ownedBy(), after.ownedBy()))) {
                kept = before.withOwner(null);
                early.add(new Operation.AlterSequence(before, kept));
            }
            if (after == null) {
                late.add(new Operation.DropSequence(kept));
            } else if (!kept.equals(after)) {
                middle.add(new Operation.AlterSequence(kept, after));
            }
        }
        for (Sequence after : desired.sequences()) {
            if (current.sequence(after.name()).isEmpty()) {
                Sequence unowned = after.withOwner(null);
                early.add(new Operation.CreateSequence(unowned));
                if (after.ownedBy() != null) {
                    middle.add(new Operation.AlterSequence(unowned, after));
                }
            }
        }
    }

    List<Operation> early() {
        return early;
    }

    List<Operation> middle() {
        return middle;
    }

    List<Operation> late() {
        return late;
    }
}
