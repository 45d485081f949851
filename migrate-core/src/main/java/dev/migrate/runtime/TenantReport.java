package dev.migrate.runtime;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a command did on every tenant, in the order they were listed, and how long the whole run took. A rerun
 * carries on where a failed tenant stopped: each one's version table says what it has applied.
 */
public record TenantReport<T>(List<TenantOutcome<T>> outcomes, int parallel, long millis) {
    public TenantReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<TenantOutcome<T>> failed() {
        return outcomes.stream().filter(TenantOutcome::failed).toList();
    }

    /** How many tenants did not fail and whose result {@code test} accepts. */
    public long count(Predicate<T> test) {
        return outcomes.stream()
                .filter(o -> !o.failed() && test.test(o.result()))
                .count();
    }
}
