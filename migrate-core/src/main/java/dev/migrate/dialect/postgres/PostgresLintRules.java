package dev.migrate.dialect.postgres;

import static dev.migrate.lint.CommonRules.alterTable;

import dev.migrate.lint.ColumnType;
import dev.migrate.lint.ColumnTypes;
import dev.migrate.lint.LintRule;
import dev.migrate.lint.LintScript;
import dev.migrate.lint.LintStatement;
import dev.migrate.lint.ScriptRule;
import dev.migrate.lint.Severity;
import dev.migrate.lint.StatementRule;
import dev.migrate.lint.TypeChangeRule;

import java.util.List;
import java.util.Optional;

/** PostgreSQL's lint rules: the statements that take an ACCESS EXCLUSIVE or SHARE lock for the length of a scan. */
final class PostgresLintRules {
    static final LintRule CONCURRENT_INDEX = new StatementRule(
            "require-concurrent-index",
            "CREATE or DROP INDEX without CONCURRENTLY",
            Severity.ERROR,
            "Building an index takes a SHARE lock that blocks every INSERT, UPDATE and DELETE on the table until the"
                    + " whole table is read; dropping one takes an ACCESS EXCLUSIVE lock.",
            "CREATE INDEX CONCURRENTLY (DROP INDEX CONCURRENTLY) in a script with 'transactional: false'.",
            (script, i, s) ->
                    (createIndexOnExisting(script, i, s) || s.startsWith("DROP", "INDEX")) && !s.has("CONCURRENTLY"));

    static final LintRule CONCURRENTLY_IN_TRANSACTION = new StatementRule(
            "concurrently-in-transaction",
            "CONCURRENTLY inside a transaction",
            Severity.ERROR,
            "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY inside a transaction block,"
                    + " so the script fails.",
            "Mark the script 'transactional: false' and keep the concurrent statement in a revision of its own.",
            (script, i, s) -> script.inTransaction()
                    && s.has("CONCURRENTLY")
                    && (s.startsWith("CREATE") || s.startsWith("DROP", "INDEX") || s.startsWith("REINDEX")));

    static final LintRule CONSTRAINT_NOT_VALID = new StatementRule(
            "constraint-not-valid",
            "A foreign key or check added without NOT VALID",
            Severity.ERROR,
            "Adding a FOREIGN KEY or CHECK to an existing table scans every row while holding a lock that blocks"
                    + " writes (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both tables for a key).",
            "ADD CONSTRAINT ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT ... in a later transaction"
                    + " (validation only takes SHARE UPDATE EXCLUSIVE).",
            (script, i, s) ->
                    alterTable(s) && script.existing(i, 2) && addsCheckedConstraint(s) && !s.has("NOT", "VALID"));

    static final LintRule VALIDATE_IN_SAME_TRANSACTION = new StatementRule(
            "validate-in-same-transaction",
            "VALIDATE CONSTRAINT in the transaction that added it NOT VALID",
            Severity.ERROR,
            "The ADD CONSTRAINT's lock is held until the transaction ends, so the validating scan runs under it and"
                    + " NOT VALID gains nothing.",
            "Validate in a later revision, or mark the script 'transactional: false' so each statement commits.",
            (script, i, s) -> script.inTransaction()
                    && alterTable(s)
                    && s.has("VALIDATE", "CONSTRAINT")
                    && script.upgrade().subList(0, i).stream().anyMatch(p -> p.has("NOT", "VALID")));

    static final LintRule SET_NOT_NULL = new StatementRule(
            "set-not-null",
            "SET NOT NULL on an existing column",
            Severity.ERROR,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, which blocks reads and writes.",
            "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (PostgreSQL 12+ uses"
                    + " the validated check and skips the scan) and drop the check.",
            (script, i, s) -> alterTable(s)
                    && s.has("SET", "NOT", "NULL")
                    && script.existing(i, 2)
                    && script.upgrade().subList(0, i).stream().noneMatch(p -> p.has("VALIDATE", "CONSTRAINT")));

    static final LintRule VOLATILE_DEFAULT = new StatementRule(
            "volatile-default",
            "ADD COLUMN with a volatile DEFAULT",
            Severity.ERROR,
            "A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval()) is computed per row, so"
                    + " PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.",
            "Add the column without a default (or with a constant one), set the default for new rows, and backfill"
                    + " the existing rows in batches.",
            (script, i, s) -> alterTable(s) && script.existing(i, 2) && s.has("ADD") && volatileDefault(script, s));

    static final LintRule UNIQUE_WITHOUT_INDEX = new StatementRule(
            "unique-without-index",
            "ADD UNIQUE or PRIMARY KEY without a concurrently built index",
            Severity.ERROR,
            "Adding a UNIQUE or PRIMARY KEY constraint builds its index under an ACCESS EXCLUSIVE lock, blocking"
                    + " reads and writes for the whole build.",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (PRIMARY KEY USING"
                    + " INDEX).",
            (script, i, s) -> alterTable(s)
                    && script.existing(i, 2)
                    && (s.has("ADD", "UNIQUE")
                            || s.has("ADD", "PRIMARY", "KEY")
                            || constraintOfKind(s, "UNIQUE")
                            || constraintOfKind(s, "PRIMARY"))
                    && !s.has("USING", "INDEX"));

    static final LintRule REWRITING_TYPE_CHANGE = new TypeChangeRule(
            "rewriting-type-change",
            "A column type change that rewrites the table",
            Severity.ERROR,
            "Changing a column's type rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE"
                    + " lock, which blocks reads and writes; only a widening varchar, varchar to text and a wider"
                    + " numeric are changed in the catalog alone.",
            "Add a column of the new type, write both, backfill in batches, move the readers, then drop the old"
                    + " column (expand/contract); or accept it with a lint-ignore where the table is small.",
            PostgresLintRules::rewrites);

    static final LintRule LOCK_TIMEOUT = new ScriptRule(
            "lock-timeout",
            "A strong lock without lock_timeout",
            Severity.WARNING,
            "A statement that waits for an ACCESS EXCLUSIVE lock queues every later query on the table behind it;"
                    + " without a timeout a long-running transaction turns the wait into an outage.",
            "Start the script with SET lock_timeout = '5s' (and retry the migration if it times out).",
            PostgresLintRules::strongLockWithoutTimeout);

    static final LintRule ENUM_VALUE_IN_TRANSACTION = new StatementRule(
            "enum-value-in-transaction",
            "ALTER TYPE ... ADD VALUE in a transaction before PostgreSQL 12",
            Severity.ERROR,
            "Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block, so the script"
                    + " fails.",
            "Mark the script 'transactional: false', or upgrade the server to 12 or later.",
            (script, i, s) -> script.inTransaction()
                    && s.startsWith("ALTER", "TYPE")
                    && s.has("ADD", "VALUE")
                    && script.serverMajorVersion().map(v -> v < 12).orElse(false));

    private PostgresLintRules() {}

    static List<LintRule> all() {
        return List.of(
                CONCURRENT_INDEX,
                CONCURRENTLY_IN_TRANSACTION,
                CONSTRAINT_NOT_VALID,
                VALIDATE_IN_SAME_TRANSACTION,
                SET_NOT_NULL,
                VOLATILE_DEFAULT,
                UNIQUE_WITHOUT_INDEX,
                REWRITING_TYPE_CHANGE,
                LOCK_TIMEOUT,
                ENUM_VALUE_IN_TRANSACTION);
    }

    private static boolean createIndexOnExisting(LintScript script, int i, LintStatement s) {
        if (!s.startsWith("CREATE", "INDEX") && !s.startsWith("CREATE", "UNIQUE", "INDEX")) {
            return false;
        }
        int on = s.find(0, "ON");
        return on > 0 && script.existing(i, on + 1);
    }

    private static boolean addsCheckedConstraint(LintStatement s) {
        return s.has("ADD", "FOREIGN", "KEY")
                || s.has("ADD", "CHECK")
                || constraintOfKind(s, "FOREIGN")
                || constraintOfKind(s, "CHECK");
    }

    /** {@code ADD CONSTRAINT name <kind>}. */
    private static boolean constraintOfKind(LintStatement s, String kind) {
        int at = s.find(0, "ADD", "CONSTRAINT");
        return at >= 0 && s.at(at + 3, kind);
    }

    private static boolean volatileDefault(LintScript script, LintStatement s) {
        int def = s.find(0, "DEFAULT");
        if (def < 0 || s.has("ADD", "CONSTRAINT")) {
            return false;
        }
        if (script.serverMajorVersion().map(v -> v < 11).orElse(false)) {
            return true; // before 11, any default on ADD COLUMN rewrites the table
        }
        for (int k = def + 1; k < s.tokens().size(); k++) {
            if (PostgresVolatility.FUNCTIONS.contains(s.tokens().get(k).value().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the change rewrites the table, or empty for the changes PostgreSQL makes in the catalog alone: the old type
     * binary-coercible to the new and no USING that changes the values (varchar widened or unbounded, varchar and
     * text either way, citext and text either way, numeric given more integer digits at the same scale).
     */
    private static Optional<String> rewrites(LintScript script, LintStatement s, ColumnTypes.TypeChange change) {
        String column = change.table() + "." + change.column();
        if (change.using()) {
            return Optional.of(column + " is converted by a USING expression: every row is rewritten under an ACCESS"
                    + " EXCLUSIVE lock.");
        }
        if (change.from().isEmpty()) {
            return Optional.of(column + " changes to " + change.to() + ", and the migrations before do not say its"
                    + " type (a table made outside them?): unless this is a widening varchar or varchar to text, the"
                    + " table is rewritten under an ACCESS EXCLUSIVE lock.");
        }
        ColumnType from = change.from().get();
        ColumnType to = change.to();
        if (from.equals(to) || from.widensTo(to) || widerNumeric(from, to) || citext(from, to)) {
            return Optional.empty();
        }
        String unless = from.base().startsWith("timestamp") && to.base().startsWith("timestamp")
                ? " (PostgreSQL 12+ skips the rewrite only when the session's TimeZone is UTC)"
                : "";
        return Optional.of(column + " goes from " + from + " to " + to + ": the whole table and its indexes are"
                + " rewritten under an ACCESS EXCLUSIVE lock" + unless + ".");
    }

    /** citext's casts to and from text and varchar are binary: the catalog changes, the rows do not. */
    private static boolean citext(ColumnType from, ColumnType to) {
        boolean fromText = from.base().equals("citext")
                || from.base().equals("text")
                || from.base().equals("varchar");
        boolean toText = to.base().equals("citext")
                || to.base().equals("text")
                || to.base().equals("varchar") && to.parameters().isEmpty();
        return (from.base().equals("citext") || to.base().equals("citext")) && fromText && toText;
    }

    private static boolean widerNumeric(ColumnType from, ColumnType to) {
        if (!from.base().equals("numeric")
                || !to.base().equals("numeric")
                || from.parameters().isEmpty()) {
            return false;
        }
        if (to.parameters().isEmpty()) {
            return true;
        }
        int fromScale = from.parameters().size() > 1 ? from.parameters().get(1) : 0;
        int toScale = to.parameters().size() > 1 ? to.parameters().get(1) : 0;
        return fromScale == toScale
                && to.parameters().get(0) >= from.parameters().get(0);
    }

    private static Optional<LintStatement> strongLockWithoutTimeout(LintScript script) {
        for (int i = 0; i < script.upgrade().size(); i++) {
            LintStatement s = script.upgrade().get(i);
            if (s.startsWith("SET") && (s.has("lock_timeout") || s.has("statement_timeout"))) {
                return Optional.empty();
            }
            boolean strong = alterTable(s) && script.existing(i, 2)
                    || s.startsWith("DROP", "TABLE") && script.existing(i, 2)
                    || createIndexOnExisting(script, i, s) && !s.has("CONCURRENTLY");
            if (strong) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
