package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.OnlinePlan;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.diff.SchemaDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the revisions autogenerate writes for a comparison, in the safe forms or the plain ones. */
public final class RevisionBodies {
    private RevisionBodies() {}

    /**
     * The revisions that turn the comparison's current schema into the model: one, or with safe forms where the
     * database has them, a second that runs outside a transaction ({@link Dialect#online}); a part with nothing to do
     * is left out.
     */
    public static List<Body> of(Dialect dialect, SchemaComparison c, SafeForms safe) {
        OnlinePlan plan = safe.enabled() ? dialect.online(c.operations()) : new OnlinePlan(c.operations(), List.of());
        List<Body> out = new ArrayList<>();
        if (!plan.locking().isEmpty() || plan.online().isEmpty()) {
            out.add(body(dialect, c, plan.locking(), true, safe));
        }
        if (!plan.online().isEmpty()) {
            out.add(body(dialect, c, plan.online(), false, safe));
        }
        return out;
    }

    /** A revision's SQL: its upgrade and downgrade sections, and whether it runs in a transaction. */
    public record Body(String upgrade, String downgrade, boolean transactional) {}

    private static Body body(
            Dialect dialect, SchemaComparison c, List<Operation> ops, boolean transactional, SafeForms safe) {
        String notCompared = SectionWriter.notCompared(c.notCompared());
        return new Body(
                notCompared + section(dialect, ops, transactional, safe),
                notCompared + section(dialect, SchemaDiff.inverse(ops), transactional, safe),
                transactional);
    }

    private static String section(Dialect dialect, List<Operation> ops, boolean transactional, SafeForms safe) {
        String sql = SectionWriter.write(ops, dialect.renderer());
        if (safe.lockTimeout() == null || ops.stream().noneMatch(RevisionBodies::locksExistingObjects)) {
            return sql;
        }
        Optional<String> set = dialect.lockTimeout(safe.lockTimeout(), transactional);
        if (set.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder()
                .append("-- Give up after ")
                .append(safe.lockTimeout())
                .append(" waiting for a lock, rather than queue every query on the table behind the wait; run ")
                .append("the upgrade again if it times out\n")
                .append(dialect.terminated(set.get()))
                .append("\n\n")
                .append(sql);
        if (!transactional) {
            dialect.resetLockTimeout()
                    .ifPresent(
                            r -> out.append('\n').append(dialect.terminated(r)).append('\n'));
        }
        return out.toString();
    }

    /** Whether the operation takes a lock on a table that already exists (only creating new objects does not). */
    private static boolean locksExistingObjects(Operation op) {
        return !(op instanceof Operation.CreateTable
                || op instanceof Operation.CreateView
                || op instanceof Operation.CreateSequence
                || op instanceof Operation.CreateObject
                || op instanceof Operation.InsertRows);
    }
}
