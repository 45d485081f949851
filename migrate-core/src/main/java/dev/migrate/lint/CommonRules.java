package dev.migrate.lint;

import java.util.List;
import java.util.Optional;

/** The rules for every database: destructive and breaking changes, and what a deploy of new code cannot survive. */
public final class CommonRules {
    public static final LintRule DROP_TABLE = new StatementRule(
            "drop-table",
            "Drop a table",
            Severity.WARNING,
            "Dropping a table loses its rows for good, and application instances still running query it.",
            "Stop using the table in a release first, then drop it in a later migration (expand/contract);"
                    + " keep a backup or a downgrade that restores the data.",
            (script, i, s) -> s.startsWith("DROP", "TABLE") && script.existing(i, 2));

    public static final LintRule DROP_COLUMN = new StatementRule(
            "drop-column",
            "Drop a column",
            Severity.WARNING,
            "Dropping a column loses its values for good, and application instances still running read it.",
            "Stop reading and writing the column in a release first, then drop it in a later migration.",
            (script, i, s) -> alterTable(s) && s.has("DROP", "COLUMN") && script.existing(i, 2));

    public static final LintRule RENAME_TABLE = new StatementRule(
            "rename-table",
            "Rename a table",
            Severity.WARNING,
            "Application instances still running use the old name and fail from the moment the rename commits.",
            "Expand/contract: create the new table (or a view under the new name), write to both, move the readers,"
                    + " then drop the old one in a later release.",
            (script, i, s) -> (alterTable(s) && s.has("RENAME", "TO") && !s.has("RENAME", "COLUMN")
                            || s.startsWith("RENAME", "TABLE"))
                    && script.existing(i, 2));

    public static final LintRule RENAME_COLUMN = new StatementRule(
            "rename-column",
            "Rename a column",
            Severity.WARNING,
            "Application instances still running use the old column name and fail from the moment the rename"
                    + " commits.",
            "Expand/contract: add the new column, write both, backfill, move the readers, then drop the old column"
                    + " in a later release.",
            (script, i, s) -> alterTable(s) && s.has("RENAME", "COLUMN") && script.existing(i, 2));

    public static final LintRule NOT_NULL_WITHOUT_DEFAULT = new StatementRule(
            "not-null-without-default",
            "Add a NOT NULL column without a default",
            Severity.ERROR,
            "On a table that has rows the database refuses the column (its rows would hold NULL), and running"
                    + " instances that insert without it fail.",
            "Give the column a DEFAULT, or add it nullable, backfill it, then set NOT NULL.",
            (script, i, s) -> alterTable(s) && script.existing(i, 2) && addsNotNullWithoutDefault(s));

    public static final LintRule NARROW_TYPE = new TypeChangeRule(
            "narrow-type",
            "Narrow a column's type",
            Severity.ERROR,
            "Values that do not fit the narrower type make the ALTER fail on a table that holds them (MariaDB"
                    + " outside strict mode cuts them short without a word), and running instances keep writing"
                    + " values of the old width.",
            "Check that every value fits first (SELECT max(length(col)) ...), and narrow in a release after the"
                    + " application stopped writing wider values; or add a new column and move the data"
                    + " (expand/contract).",
            (script, s, change) -> change.from()
                    .filter(from -> from.narrowsTo(change.to()))
                    .map(from -> change.table() + "." + change.column() + " goes from " + from + " to "
                            + change.to() + ": values that do not fit make the ALTER fail (or, in MariaDB outside"
                            + " strict mode, are cut short)."));

    public static final LintRule BACKFILL_WITH_DDL = new StatementRule(
            "backfill-with-ddl",
            "Change rows in the transaction of a schema change",
            Severity.WARNING,
            "The locks the schema change took are held until the whole transaction commits, so every row the"
                    + " backfill touches extends the time the table is blocked.",
            "Put the backfill in a revision of its own (in batches for large tables), after the schema change.",
            (script, i, s) -> script.inTransaction() && LintScript.isDml(s) && changesExistingTable(script));

    public static final LintRule DATA_MIGRATION_WITHOUT_DOWNGRADE = new ScriptRule(
            "data-migration-without-downgrade",
            "A data migration without a downgrade",
            Severity.WARNING,
            "The revision changes rows but its downgrade does nothing, so a downgrade leaves the data changed"
                    + " while the version says it is not.",
            "Write the downgrade that undoes the change, or say in a lint-ignore comment why it cannot be undone.",
            CommonRules::dataWithoutDowngrade);

    public static final LintRule NOT_UNDERSTOOD = new StatementRule(
            "not-understood",
            "A statement the linter cannot read",
            Severity.WARNING,
            "The linter does not know what this statement locks or rewrites, so it cannot say it is safe.",
            "Review it by hand, and accept it with a lint-ignore comment giving the reason.",
            (script, i, s) -> !known(s));

    /** Reported by the linter itself, on an ignore comment that gives no reason or names no known rule. */
    public static final LintRule BAD_IGNORE = new StatementRule(
            "lint-ignore",
            "A lint-ignore comment without a rule or a reason",
            Severity.ERROR,
            "An accepted finding must say which rule it accepts and why, for the reviewer who reads it later.",
            "Write '-- migrate:lint-ignore <rule> <reason>' directly above the statement.",
            (script, i, s) -> false);

    public static final LintRule MULTIPLE_HEADS = new ScriptRule(
            "multiple-heads",
            "More than one head",
            Severity.ERROR,
            "With several heads, which revisions run depends on the target, and upgrade to head refuses.",
            "Merge the heads into one revision (migrate merge), or name a branch's head as the target.",
            script -> Optional.empty());

    private static final List<String> KNOWN_STARTS = List.of(
            "CREATE",
            "ALTER",
            "DROP",
            "RENAME",
            "TRUNCATE",
            "INSERT",
            "UPDATE",
            "DELETE",
            "MERGE",
            "REPLACE",
            "WITH",
            "SELECT",
            "SET",
            "RESET",
            "COMMENT",
            "GRANT",
            "REVOKE",
            "ANALYZE",
            "VACUUM",
            "PRAGMA",
            "REINDEX",
            "REFRESH");

    private CommonRules() {}

    /** The rules of every database, in the order findings are listed. */
    public static List<LintRule> all() {
        return List.of(
                DROP_TABLE,
                DROP_COLUMN,
                RENAME_TABLE,
                RENAME_COLUMN,
                NOT_NULL_WITHOUT_DEFAULT,
                NARROW_TYPE,
                BACKFILL_WITH_DDL,
                DATA_MIGRATION_WITHOUT_DOWNGRADE,
                MULTIPLE_HEADS,
                NOT_UNDERSTOOD,
                BAD_IGNORE);
    }

    /** {@code ALTER TABLE [ONLY] [IF EXISTS] t ...}: the table's name is at token 2. */
    public static boolean alterTable(LintStatement s) {
        return s.startsWith("ALTER", "TABLE");
    }

    private static boolean addsNotNullWithoutDefault(LintStatement s) {
        int add = s.find(0, "ADD");
        if (add < 0
                || s.at(add + 1, "CONSTRAINT")
                || s.at(add + 1, "PRIMARY")
                || s.at(add + 1, "UNIQUE")
                || s.at(add + 1, "FOREIGN")
                || s.at(add + 1, "CHECK")
                || s.at(add + 1, "INDEX")
                || s.at(add + 1, "KEY")) {
            return false;
        }
        return s.has("NOT", "NULL") && !s.has("DEFAULT") && !s.has("GENERATED") && !s.has("AUTO_INCREMENT");
    }

    private static boolean changesExistingTable(LintScript script) {
        for (int i = 0; i < script.upgrade().size(); i++) {
            LintStatement s = script.upgrade().get(i);
            if (LintScript.isDdl(s) && !s.startsWith("CREATE", "TABLE") && script.existing(i, 2)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LintStatement> dataWithoutDowngrade(LintScript script) {
        if (script.script().isJava()) {
            return Optional.empty(); // judged by the linter from the class file: JavaDowngrade
        }
        if (script.changesRows() && script.downgrade().isEmpty()) {
            return script.upgrade().stream().filter(LintScript::isDml).findFirst();
        }
        return Optional.empty();
    }

    private static boolean known(LintStatement s) {
        if (s.tokens().isEmpty()) {
            return true;
        }
        for (String start : KNOWN_STARTS) {
            if (s.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
