package dev.migrate.diff;

import java.util.List;

/**
 * A schema change in two revisions: {@code locking}, in a transaction, then {@code online}, outside one, each
 * statement committing on its own so that none holds its lock for long. Each part's downgrade is its own inverse.
 */
public record OnlinePlan(List<Operation> locking, List<Operation> online) {
    public OnlinePlan {
        locking = List.copyOf(locking);
        online = List.copyOf(online);
    }
}
