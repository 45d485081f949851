package dev.migrate.dialect.mariadb;

import static dev.migrate.lint.CommonRules.alterTable;

import dev.migrate.lint.ColumnType;
import dev.migrate.lint.ColumnTypes;
import dev.migrate.lint.Findings;
import dev.migrate.lint.LintRule;
import dev.migrate.lint.LintScript;
import dev.migrate.lint.LintStatement;
import dev.migrate.lint.ServerVersion;
import dev.migrate.lint.Severity;
import dev.migrate.schema.SqlTokens.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MariaDB's and MySQL's lint rules: the ALTERs that copy the table (reads wait, writes are blocked for the whole
 * copy), the online options the server refuses, and what older releases cannot add instantly.
 */
final class MariaDbLintRules {
    /** A utf8mb4 varchar of up to 63 characters keeps its length in one byte; a longer one needs two. */
    private static final long ONE_LENGTH_BYTE = 63;

    static final LintRule COPYING_ALTER = new AlterRule(
            "copying-alter",
            "An ALTER TABLE that copies the table",
            Severity.ERROR,
            "MariaDB runs it with ALGORITHM=COPY: it copies every row into a new table while writes wait (LOCK=SHARED),"
                    + " so a big table is read-only for minutes, and the server picks the copy silently.",
            "Write the change the server can make in place (a widening varchar, a new column) and name it:"
                    + " ', ALGORITHM=INPLACE, LOCK=NONE' (or INSTANT), so that the server refuses instead of copying;"
                    + " for a change that must copy, add a new column and backfill it, or use an online schema change"
                    + " tool (pt-online-schema-change, gh-ost).",
            MariaDbLintRules::copying);

    static final LintRule LOCK_NONE_IMPOSSIBLE = new AlterRule(
            "lock-none-impossible",
            "LOCK=NONE or ALGORITHM=INPLACE/INSTANT on an ALTER that cannot have it",
            Severity.ERROR,
            "The server refuses the statement ('ALGORITHM=INPLACE is not supported', 'LOCK=NONE is not supported'),"
                    + " so the migration fails at it.",
            "Drop the option and accept the lock where the table is small, or split the change into steps the"
                    + " server can do online (the message of the refusal names the reason).",
            MariaDbLintRules::refused);

    static final LintRule COLUMN_POSITION = new AlterRule(
            "column-position",
            "ADD COLUMN that is not instant on this server",
            Severity.WARNING,
            "Before MariaDB 10.3 (MySQL 8.0.12) every ADD COLUMN rebuilds the table, and before MariaDB 10.4"
                    + " (MySQL 8.0.29) one placed with FIRST or AFTER does.",
            "Add the column at the end (no FIRST/AFTER) with ', ALGORITHM=INSTANT', or upgrade the server.",
            MariaDbLintRules::notInstant);

    static final LintRule FOREIGN_KEY_COPIES = new AlterRule(
            "foreign-key-copies",
            "A foreign key added to an existing table",
            Severity.WARNING,
            "With foreign_key_checks on, MariaDB adds a foreign key only by copying the table (ALGORITHM=INPLACE is"
                    + " refused) and checks every row while writes wait: on a big table that is an outage.",
            "Check for orphan rows with a query first, then SET foreign_key_checks = 0 before the ALTER TABLE ..."
                    + " ADD FOREIGN KEY ..., ALGORITHM=INPLACE, LOCK=NONE (no row is read) and SET"
                    + " foreign_key_checks = 1 after it.",
            (script, i, s) -> addsForeignKey(s) && !checksOff(script, i)
                    ? Optional.of("The foreign key is checked against every row of a table that exists, while the"
                            + " table is copied and writes wait.")
                    : Optional.empty());

    private MariaDbLintRules() {}

    static List<LintRule> all() {
        return List.of(COPYING_ALTER, LOCK_NONE_IMPOSSIBLE, COLUMN_POSITION, FOREIGN_KEY_COPIES);
    }

    /** A rule on the ALTER TABLEs of tables that existed before the script, with a reason per statement. */
    private record AlterRule(String id, String name, Severity severity, String why, String instead, Judge judge)
            implements LintRule {
        @FunctionalInterface
        interface Judge {
            Optional<String> dangerous(LintScript script, int index, LintStatement statement);
        }

        @Override
        public void check(LintScript script, Findings findings) {
            for (int i = 0; i < script.upgrade().size(); i++) {
                LintStatement s = script.upgrade().get(i);
                if (alterTable(s) && script.existing(i, 2)) {
                    int index = i;
                    judge.dangerous(script, index, s).ifPresent(reason -> findings.report(this, s, reason));
                }
            }
        }
    }

    private static Optional<String> copying(LintScript script, int i, LintStatement s) {
        Optional<String> algorithm = option(s, "ALGORITHM");
        if (algorithm.map(a -> !a.equals("COPY") && !a.equals("DEFAULT")).orElse(false)
                || option(s, "LOCK").map("NONE"::equals).orElse(false)) {
            return Optional.empty(); // the server refuses rather than copies: lock-none-impossible's concern
        }
        if (algorithm.map("COPY"::equals).orElse(false)) {
            return Optional.of("It asks for ALGORITHM=COPY.");
        }
        Optional<String> known = mustCopy(script, i, s);
        if (known.isPresent()) {
            return known;
        }
        for (ColumnTypes.TypeChange change : script.typeChanges(i)) {
            if (change.from().isEmpty()) {
                return Optional.of(change.table() + "." + change.column() + " changes to " + change.to() + ", and"
                        + " the migrations before do not say its type: unless this widens a varchar, MariaDB copies"
                        + " the table. Name ALGORITHM=INPLACE so that it refuses instead.");
            }
        }
        return Optional.empty();
    }

    /** Why the statement can only run as a copy, when the script says enough to know. */
    private static Optional<String> mustCopy(LintScript script, int i, LintStatement s) {
        for (ColumnTypes.TypeChange change : script.typeChanges(i)) {
            if (change.from().isPresent() && !inPlace(change.from().get(), change.to())) {
                return Optional.of(change.table() + "." + change.column() + " goes from "
                        + change.from().get() + " to " + change.to()
                        + ": a change of type MariaDB makes only by copying the table.");
            }
        }
        if (s.has("CONVERT", "TO")) {
            return Optional.of("CONVERT TO CHARACTER SET rewrites every row by copying the table.");
        }
        if (s.has("DROP", "PRIMARY", "KEY") && !s.has("ADD", "PRIMARY", "KEY")) {
            return Optional.of("Dropping the primary key without adding another copies the table.");
        }
        return Optional.empty();
    }

    /** A type change InnoDB makes without a copy: a varchar that grows and keeps its length's bytes. */
    private static boolean inPlace(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return true;
        }
        if (!from.base().equals("varchar")
                || !to.base().equals("varchar")
                || !from.modifiers().equals(to.modifiers())
                || from.length().isEmpty()
                || to.length().isEmpty()) {
            return false;
        }
        long a = from.length().getAsLong();
        long b = to.length().getAsLong();
        return b >= a && (a > ONE_LENGTH_BYTE || b <= ONE_LENGTH_BYTE);
    }

    private static Optional<String> refused(LintScript script, int i, LintStatement s) {
        Optional<String> lock = option(s, "LOCK");
        Optional<String> algorithm = option(s, "ALGORITHM");
        boolean lockNone = lock.map("NONE"::equals).orElse(false);
        boolean noCopy = algorithm
                .map(a -> a.equals("INPLACE") || a.equals("INSTANT") || a.equals("NOCOPY"))
                .orElse(false);
        if (!lockNone && !noCopy) {
            return Optional.empty();
        }
        String asked = lockNone && noCopy
                ? "ALGORITHM=" + algorithm.get() + ", LOCK=NONE"
                : lockNone ? "LOCK=NONE" : "ALGORITHM=" + algorithm.get();
        Optional<String> copy = mustCopy(script, i, s);
        if (copy.isPresent()) {
            return Optional.of(copy.get() + " The server refuses " + asked + ".");
        }
        if (noCopy && addsForeignKey(s) && !checksOff(script, i)) {
            return Optional.of("With foreign_key_checks on, a foreign key is added only by a copy: the server refuses "
                    + asked + ".");
        }
        if (lockNone && (s.has("ADD", "FULLTEXT") || s.has("ADD", "SPATIAL"))) {
            return Optional.of("A FULLTEXT or SPATIAL index is built while writes wait: the server refuses LOCK=NONE.");
        }
        if (lockNone && s.has("ADD") && s.has("AUTO_INCREMENT")) {
            return Optional.of("An AUTO_INCREMENT column is filled while writes wait: the server refuses LOCK=NONE.");
        }
        if (algorithm.map("INSTANT"::equals).orElse(false)
                && (s.has("ADD", "INDEX")
                        || s.has("ADD", "KEY")
                        || s.has("ADD", "UNIQUE")
                        || s.has("ADD", "PRIMARY"))) {
            return Optional.of("An index is built by reading the table, never instantly: the server refuses"
                    + " ALGORITHM=INSTANT.");
        }
        return Optional.empty();
    }

    private static Optional<String> notInstant(LintScript script, int i, LintStatement s) {
        Optional<ServerVersion> version = script.serverVersion();
        if (version.isEmpty()) {
            return Optional.empty(); // only a connected lint knows the release
        }
        ServerVersion v = version.get();
        for (List<Token> action : s.alterActions()) {
            if (!ColumnTypes.addsColumn(action)) {
                continue;
            }
            boolean placed = action.stream().anyMatch(t -> t.is("FIRST") || t.is("AFTER"));
            boolean anyAddCopies = v.mariaDb() ? !v.atLeast(10, 3, 2) : !v.atLeast(8, 0, 12);
            boolean placedCopies = v.mariaDb() ? !v.atLeast(10, 4, 0) : !v.atLeast(8, 0, 29);
            if (anyAddCopies || placed && placedCopies) {
                return Optional.of((placed && !anyAddCopies ? "A column placed with FIRST or AFTER" : "ADD COLUMN")
                        + " rebuilds the table on " + v + ".");
            }
        }
        return Optional.empty();
    }

    private static boolean addsForeignKey(LintStatement s) {
        return s.has("FOREIGN", "KEY") && s.has("ADD");
    }

    /** Whether an earlier statement of the script turned foreign_key_checks off. */
    private static boolean checksOff(LintScript script, int index) {
        boolean off = false;
        for (LintStatement p : script.upgrade().subList(0, index)) {
            int at = p.find(0, "foreign_key_checks");
            if (p.startsWith("SET") && at >= 0) {
                int value = p.tokens().size() > at + 1 && p.tokens().get(at + 1).isPunct('=') ? at + 2 : at + 1;
                String v = value < p.tokens().size()
                        ? p.tokens().get(value).value().toUpperCase(Locale.ROOT)
                        : "";
                off = v.equals("0") || v.equals("OFF");
            }
        }
        return off;
    }

    /** The value of {@code ALGORITHM [=] x} or {@code LOCK [=] x} in an ALTER TABLE, upper case. */
    static Optional<String> option(LintStatement s, String name) {
        for (List<Token> action : s.alterActions()) {
            if (!action.isEmpty() && action.get(0).is(name)) {
                int value = action.size() > 1 && action.get(1).isPunct('=') ? 2 : 1;
                if (value < action.size()) {
                    return Optional.of(action.get(value).value().toUpperCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }
}
