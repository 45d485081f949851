package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.script.Script;
import dev.migrate.script.Statement;
import dev.migrate.script.StatementSplitter;
import dev.migrate.script.StatementSyntaxException;

import java.util.List;
import java.util.Optional;

/**
 * A step whose statements commit one by one (MariaDB and MySQL commit DDL implicitly; scripts marked
 * non-transactional) that did not finish: it failed part-way, or the process running it died. The database is then
 * between two revisions, and migrate refuses to go on until someone looks and stamps the revision it is at.
 *
 * @param revision      the step's revision
 * @param direction     upgrade or downgrade
 * @param statementsRun how many of its statements ran, or -1 when the run died without saying
 * @param at            when it started or failed, as the history table says
 * @param where         which statements of the script ran, by line ("lines 7 to 8 of x.sql"), or "" when the
 *                      script is not at hand
 * @param completedAt   the version table's revisions had the step completed ("base" for none), or "" when the
 *                      revision graph is not at hand
 */
public record InterruptedStep(
        String revision, Direction direction, int statementsRun, String at, String where, String completedAt) {

    public InterruptedStep(String revision, Direction direction, int statementsRun, String at) {
        this(revision, direction, statementsRun, at, "", "");
    }

    /** The same step, knowing where the version table would be had it completed. */
    public InterruptedStep completingAt(String revisions) {
        return new InterruptedStep(revision, direction, statementsRun, at, where, revisions);
    }

    /** The interrupted step the history ends with, if it ends with one. */
    public static Optional<InterruptedStep> find(List<HistoryRow> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        HistoryRow last = history.get(history.size() - 1);
        String action = last.action();
        if (action.startsWith(VersionTable.RUNNING)) {
            return Optional.of(new InterruptedStep(
                    last.revision(), direction(action.substring(VersionTable.RUNNING.length())), -1, last.appliedAt()));
        }
        if (action.startsWith(VersionTable.PARTIAL)) {
            String[] parts = action.substring(VersionTable.PARTIAL.length()).split(":");
            return Optional.of(new InterruptedStep(
                    last.revision(), direction(parts[0]), Integer.parseInt(parts[1]), last.appliedAt()));
        }
        return Optional.empty();
    }

    /** The same step, with the lines of its script's statements that ran (and the one that failed). */
    public InterruptedStep in(Script script, StatementSplitter splitter) {
        if (script.isJava()) {
            return new InterruptedStep(
                    revision, direction, statementsRun, at, "the Java migration " + script.location(), completedAt);
        }
        List<Statement> body;
        try {
            body = direction == Direction.UPGRADE
                    ? script.body().upgradeStatements(splitter)
                    : script.body().downgradeStatements(splitter);
        } catch (StatementSyntaxException e) {
            return this; // edited since it ran: its lines no longer say which statements ran
        }
        String file = script.fileName();
        String text;
        if (body.isEmpty()) {
            text = "";
        } else if (statementsRun < 0) {
            text = lines(body, body.size()) + " of " + file;
        } else if (statementsRun == 0) {
            text = "the statement at line " + body.get(0).line() + " of " + file + " failed";
        } else {
            text = lines(body, Math.min(statementsRun, body.size())) + " of " + file
                    + (statementsRun < body.size()
                            ? "; the statement at line "
                                    + body.get(statementsRun).line() + " failed"
                            : "");
        }
        return new InterruptedStep(revision, direction, statementsRun, at, text, completedAt);
    }

    private static String lines(List<Statement> body, int count) {
        return count == 1
                ? "line " + body.get(0).line()
                : "lines " + body.get(0).line() + " to " + body.get(count - 1).line();
    }

    static String runningAction(Direction d) {
        return VersionTable.RUNNING + code(d);
    }

    static String partialAction(Direction d, int statementsRun) {
        return VersionTable.PARTIAL + code(d) + ":" + statementsRun;
    }

    private static String code(Direction d) {
        return d == Direction.UPGRADE ? "up" : "down";
    }

    private static Direction direction(String code) {
        return code.equals("down") ? Direction.DOWNGRADE : Direction.UPGRADE;
    }

    public String describe() {
        String what = direction.word() + " of revision " + revision;
        String lines = where.isEmpty() ? "" : " (" + where + ")";
        return statementsRun < 0
                ? "The " + what + " started at " + at + " did not finish: the process running it stopped, so some of "
                        + "its statements" + lines + " may have run and been committed"
                : "The " + what + " failed at " + at + " after its first " + statementsRun + " statement(s) ran and "
                        + "were committed" + lines;
    }

    /**
     * How to get going again, from {@code revisionBefore} (the version table's revisions, which the step did not
     * move): complete the step and stamp where it would have ended, or undo it and stamp where it began. Without the
     * graph, where a downgrade ends is not known here, and its parents are named instead.
     */
    public Remedy remedy(String revisionBefore) {
        String after = !completedAt.isEmpty()
                ? completedAt
                : direction == Direction.UPGRADE ? revision : "<the parent revision(s) of " + revision + ">";
        String before = revisionBefore.replace(", ", ","); // one target value, whatever the heads
        after = after.replace(", ", ",");
        return Remedy.of(
                "Compare the database with the script. Either complete the rest of its statements by hand "
                        + "and run ",
                Remedy.run(Command.STAMP, Remedy.assign(Setting.TARGET, after)),
                ", or undo those that " + "ran and run ",
                Remedy.run(Command.STAMP, Remedy.assign(Setting.TARGET, before)),
                "; then ",
                Remedy.RETRY,
                ".");
    }
}
