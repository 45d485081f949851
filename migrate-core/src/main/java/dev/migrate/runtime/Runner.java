package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RunLock;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.MigrationContext;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Statement;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs steps against a live database. Every run holds the database's run lock from before it reads the version
 * table until it is done, so that concurrent runs queue and each plans from what the previous one left.
 */
public final class Runner {
    private final Database database;
    private final VersionTable versions;
    private final TransactionMode mode;
    private final MigrateLog log;
    private final String noun;

    public Runner(Database database, VersionTable versions, TransactionMode mode, MigrateLog log) {
        this(database, versions, mode, log, "the database");
    }

    private Runner(Database database, VersionTable versions, TransactionMode mode, MigrateLog log, String noun) {
        this.database = database;
        this.versions = versions;
        this.mode = mode;
        this.log = log;
        this.noun = noun;
    }

    /** The same runner, naming its database so in what it reports ("the scratch database" for migrate:test). */
    public Runner describedAs(String noun) {
        return new Runner(database, versions, mode, log, noun);
    }

    /** Reads the version and history tables; creates nothing. */
    public DatabaseState inspect() {
        if (!database.dialect().exists(database.config())) {
            return DatabaseState.EMPTY;
        }
        try (Connection c = database.open()) {
            return read(c);
        } catch (SQLException e) {
            throw failure("read the version table", e);
        }
    }

    private DatabaseState read(Connection c) throws SQLException {
        List<HistoryRow> history = versions.readHistory(c);
        return new DatabaseState(versions.readHeads(c), history, VersionTable.recordedChecksums(history));
    }

    /**
     * Runs the steps that {@code planner} chooses from the database's state as found once the lock is held.
     *
     * @param refuseEdited fail before running anything when an applied script was edited since
     */
    public RunResult run(ScriptDirectory scripts, Function<AppliedState, List<Step>> planner, boolean refuseEdited) {
        if (!database.dialect().exists(database.config())) {
            // a database that is not there yet (a SQLite file) is created only when there is something to run: a
            // bad target, or nothing to do, leaves no empty file behind
            if (planner.apply(AppliedState.of(scripts.graph(), Set.of())).isEmpty()) {
                return new RunResult(List.of(), Set.of(), Set.of());
            }
        }
        return locked(
                (c, state) -> {
                    List<HistoryRow> history = versions.readHistory(c);
                    refuseInterrupted(history, state, scripts);
                    if (refuseEdited) {
                        List<Script> edited = edited(scripts, state, VersionTable.recordedChecksums(history));
                        if (!edited.isEmpty()) {
                            throw new EditedScriptException(edited);
                        }
                    }
                    List<Step> steps = planner.apply(state);
                    long start = System.nanoTime();
                    Set<String> after = execute(c, scripts.graph(), state, steps);
                    return new RunResult(steps, state.heads(), after, (System.nanoTime() - start) / 1_000_000);
                },
                scripts);
    }

    private void refuseInterrupted(List<HistoryRow> history, AppliedState state, ScriptDirectory scripts) {
        java.util.Optional<InterruptedStep> interrupted = InterruptedStep.find(history);
        if (interrupted.isPresent()) {
            throw new InterruptedStepException(
                    located(interrupted.get(), scripts, database.dialect(), state), describe(state.heads()));
        }
    }

    /**
     * The step with the lines of its script's statements that ran and where the version table would be had it
     * completed from {@code state}, when the script is there.
     */
    public static InterruptedStep located(
            InterruptedStep step, ScriptDirectory scripts, Dialect dialect, AppliedState state) {
        if (!scripts.graph().contains(step.revision())) {
            return step;
        }
        return step.in(scripts.script(step.revision()), dialect.splitter())
                .completingAt(
                        describe(new HeadTracker(scripts.graph(), state).after(step.revision(), step.direction())));
    }

    /**
     * Sets the version table to {@code heads} without running any script; forgetting applied revisions (a stamp at
     * base, a purge) needs {@code confirmation}.
     */
    public RunResult stamp(
            ScriptDirectory scripts,
            Function<AppliedState, Set<String>> heads,
            boolean purge,
            Confirmation confirmation) {
        return lockedRaw((c, found) -> {
            Set<String> before = found;
            AppliedState state = purge ? new AppliedState(Set.of(), Set.of()) : AppliedState.of(scripts.graph(), found);
            Set<String> target =
                    new LinkedHashSet<>(scripts.graph().headsOf(scripts.graph().ancestorsOrSelf(heads.apply(state))));
            confirmation.check(Confirmation.stampWarning(
                    found, target, purge, database.config().maskedUrl()));
            List<String> sql = new ArrayList<>();
            if (purge) {
                sql.add(versions.purgeStatement());
                before = Set.of();
            }
            sql.addAll(versions.updateStatements(before, target));
            for (String id : target) {
                sql.add(versions.historyInsert(id, VersionTable.STAMP, null, null));
            }
            if (target.isEmpty()) {
                // a stamp to base is recorded too: it is what resolves an interrupted first step
                sql.add(versions.historyInsert(VersionTable.BASE, VersionTable.STAMP, null, null));
            }
            createVersionTables(c);
            transaction(c, sql);
            return new RunResult(List.of(), found, target);
        });
    }

    /** Records the current checksum of each script as accepted, so that an intended edit is no longer refused. */
    public List<Script> accept(ScriptDirectory scripts, Collection<String> ids) {
        return locked(
                (c, state) -> {
                    List<Script> accepted = new ArrayList<>();
                    List<String> sql = new ArrayList<>();
                    for (String id : ids) {
                        if (!state.applied().contains(id)) {
                            throw new MigrateException(
                                    "Revision " + id + " is not applied, so there is no edit to accept",
                                    Remedy.of(
                                            "Only applied revisions are checked for edits; ",
                                            Remedy.run(Command.STATUS),
                                            " lists them."));
                        }
                        Script s = scripts.script(id);
                        accepted.add(s);
                        sql.add(versions.historyInsert(id, VersionTable.ACCEPT, s.checksum(), null));
                    }
                    createVersionTables(c);
                    transaction(c, sql);
                    return accepted;
                },
                scripts);
    }

    /** Applied scripts whose upgrade section differs from what was recorded when they ran. */
    public static List<Script> edited(ScriptDirectory scripts, AppliedState state, Map<String, String> recorded) {
        List<Script> edited = new ArrayList<>();
        for (String id : scripts.graph().sorted(state.applied())) {
            String sum = recorded.get(id);
            Script s = scripts.script(id);
            if (sum != null && !sum.equals(s.checksum())) {
                edited.add(s);
            }
        }
        return edited;
    }

    private interface LockedWork<T> {
        T run(Connection c, AppliedState state) throws SQLException;
    }

    private interface RawWork<T> {
        T run(Connection c, Set<String> heads) throws SQLException;
    }

    private <T> T locked(LockedWork<T> work, ScriptDirectory scripts) {
        return lockedRaw((c, stored) -> {
            Set<String> heads = AppliedState.squashed(scripts.graph(), stored);
            if (!heads.equals(stored)) {
                recordSquash(c, stored, heads);
            }
            return work.run(c, AppliedState.of(scripts.graph(), heads));
        });
    }

    /**
     * Rewrites rows naming a revision a squash replaced to name its baseline, before anything else: the steps that
     * follow move the heads from the baseline on.
     */
    private void recordSquash(Connection c, Set<String> stored, Set<String> heads) throws SQLException {
        List<String> sql = new ArrayList<>(versions.updateStatements(stored, heads));
        Set<String> baselines = new LinkedHashSet<>(heads);
        baselines.removeAll(stored);
        for (String id : baselines) {
            sql.add(versions.historyInsert(id, VersionTable.STAMP, null, null));
        }
        transaction(c, sql);
        log.info("The database was at " + describe(stored) + ", which a squash replaced: it is now recorded at "
                + describe(heads) + ", the squash's baseline, which builds the same schema.");
    }

    private <T> T lockedRaw(RawWork<T> work) {
        Dialect dialect = database.dialect();
        try (Connection c = database.open();
                RunLock ignored = dialect.lock(database.config().url(), c, log)) {
            return work.run(c, versions.readHeads(c));
        } catch (SQLException e) {
            throw failure("update the version table", e);
        }
    }

    /**
     * Creates the version tables, under the run lock, just before the first write: a run that fails before it
     * (a bad target, an edited script) or has nothing to do leaves the database as it found it. Both are checked,
     * since a run killed between the two statements leaves only the first.
     */
    private void createVersionTables(Connection c) throws SQLException {
        if (!versions.complete(c)) {
            c.setAutoCommit(true);
            for (String sql : versions.createStatements()) {
                executeOne(c, sql);
            }
        }
    }

    private Set<String> execute(Connection c, RevisionGraph graph, AppliedState state, List<Step> steps)
            throws SQLException {
        boolean single = mode == TransactionMode.ALL;
        if (single && !database.dialect().transactionalDdl() && !steps.isEmpty()) {
            throw new MigrateException(
                    "transaction=all cannot make one transaction of the run: "
                            + database.dialect().name() + " commits DDL statements as it goes",
                    Remedy.of(
                            "Run without transaction=all (",
                            Remedy.name(Setting.TRANSACTION),
                            "); each "
                                    + "migration is then recorded as it completes, and one that fails part-way is reported "
                                    + "with the statements that ran."));
        }
        if (single) {
            for (Step step : steps) {
                if (!step.script().transactional()) {
                    throw new MigrateException(
                            step.script().location() + " declares itself non-transactional, so it "
                                    + "cannot run inside a single transaction for the whole run",
                            Remedy.of(
                                    "Run without transaction=all (",
                                    Remedy.name(Setting.TRANSACTION),
                                    "), or run up to the revision before it."));
                }
            }
        }
        for (Step step : steps) {
            // every script of the run splits before anything runs: where DDL commits as it goes, a quote left open
            // in the third script must not leave the first two applied
            StepSql.body(step, database.dialect());
        }
        if (!steps.isEmpty()) {
            createVersionTables(c);
        }
        if (single) {
            c.setAutoCommit(false);
        }
        HeadTracker heads = new HeadTracker(graph, state);
        int done = 0;
        for (Step step : steps) {
            Set<String> before = heads.heads();
            Set<String> after = heads.after(step);
            String title = StepSql.title(step, before, after);
            log.debug(title); // as it starts; the info line says it once it is done
            String progress = "[" + (++done) + "/" + steps.size() + "] " + title;
            long start = System.nanoTime();
            boolean inTransaction = single || step.script().transactional();
            boolean atomic = inTransaction && database.dialect().transactionalDdl();
            if (!single) {
                // where the step cannot be atomic, each statement commits on its own, so that the statements
                // reported as run when it fails are exactly those that stay (MariaDB would roll back the rows
                // written since its last implicit commit)
                c.setAutoCommit(!atomic);
            }
            if (!atomic) {
                record(c, step.id(), InterruptedStep.runningAction(step.direction()));
            }
            runBody(c, step, atomic, single ? state.heads() : before, after);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!single) {
                c.setAutoCommit(false);
            }
            try {
                executeBatch(c, StepSql.bookkeeping(step, versions, before, after, millis));
                if (!single) {
                    c.commit();
                }
            } catch (SQLException e) {
                throw notRecorded(c, step, e, atomic, single ? state.heads() : before, after);
            }
            heads.move(step, after);
            log.info(progress + " (" + Durations.of(millis) + ")");
        }
        if (single) {
            c.commit();
        }
        return heads.heads();
    }

    /** The step's statements ran, but the version table could not be updated to say so. */
    private MigrateException notRecorded(
            Connection c, Step step, SQLException e, boolean atomic, Set<String> restoredHeads, Set<String> after) {
        String what = step.direction().word().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + step.direction().word().substring(1) + " of revision "
                + step.script().revision().describe();
        Aftermath aftermath = atomic
                ? rolledBack(c, e, restoredHeads)
                : new Aftermath(
                        "Its statements ran and stay, but the version table still says " + describe(restoredHeads)
                                + ", and the step shows as interrupted.",
                        new InterruptedStep(step.id(), step.direction(), -1, "now")
                                .completingAt(describe(after))
                                .remedy(describe(restoredHeads)));
        Remedy reach = database.dialect().hint(e, Remedy.words("Check that the database is reachable and writable."));
        return new DatabaseException(
                what + " (" + step.script().location() + ") ran, but recording it in the version "
                        + "table of " + database.config().maskedUrl() + " failed: " + e.getMessage()
                        + System.lineSeparator()
                        + aftermath.text(),
                aftermath.recovery() == null ? reach : Remedy.of(reach, " ", aftermath.recovery()),
                e);
    }

    /** Writes a history row in a transaction of its own, so that it stays whatever happens next. */
    private void record(Connection c, String revision, String action) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        executeOne(c, versions.historyInsert(revision, action, null, null));
        c.setAutoCommit(auto);
    }

    private void runBody(Connection c, Step step, boolean atomic, Set<String> restoredHeads, Set<String> after)
            throws SQLException {
        if (step.script().isJava()) {
            runJava(c, step, atomic, restoredHeads, after);
            return;
        }
        List<Statement> body = StepSql.body(step, database.dialect());
        for (int k = 0; k < body.size(); k++) {
            Statement statement = body.get(k);
            try {
                executeOne(c, statement.sql());
            } catch (SQLException e) {
                Aftermath aftermath = atomic
                        ? rolledBack(c, e, restoredHeads)
                        : stoppedPartWay(c, step, body, k, e, restoredHeads, after);
                throw new MigrationFailedException(step, statement, e, aftermath);
            }
        }
    }

    /**
     * Runs a Java migration on the step's connection, guarded so that it cannot commit, roll back or close what is
     * the step's: its work is recorded, or undone, with the step.
     */
    private void runJava(Connection c, Step step, boolean atomic, Set<String> restoredHeads, Set<String> after) {
        JavaMigration migration = step.script().java();
        MigrationContext context =
                new MigrationContext(StepConnection.guard(c), database.dialect().name(), log);
        try {
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(context);
            } else {
                migration.downgrade(context);
            }
        } catch (Exception | LinkageError | AssertionError e) {
            SQLException sql = e instanceof SQLException s ? s : new SQLException(String.valueOf(e.getMessage()), e);
            Aftermath aftermath = atomic ? rolledBack(c, sql, restoredHeads) : javaPartWay(step, restoredHeads, after);
            throw new MigrationFailedException(step, e, aftermath);
        }
    }

    /** A Java migration that could not be atomic failed: what it did stays, and its "running" row says so. */
    private Aftermath javaPartWay(Step step, Set<String> restoredHeads, Set<String> after) {
        String why = step.script().transactional()
                ? database.dialect().name() + " commits DDL as it goes"
                : "the migration is non-transactional";
        return new Aftermath(
                "Part-way: " + why + ", so what the Java migration did before it failed stays, and the version table "
                        + "still says " + describe(restoredHeads)
                        + ". Upgrade and downgrade refuse to run until this is resolved.",
                new InterruptedStep(step.id(), step.direction(), -1, "now")
                        .completingAt(describe(after))
                        .remedy(describe(restoredHeads)));
    }

    /**
     * Rolls the failed step back. A rollback can fail itself, when the connection was lost or the database already
     * rolled back (SQLite does on a full disk): the transaction is gone either way, and the statement's own error,
     * not the rollback's, is what the user must see.
     */
    private Aftermath rolledBack(Connection c, SQLException failure, Set<String> restoredHeads) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
            if (lost(c)) {
                return new Aftermath(
                        "Rolled back: the connection to " + noun + " was lost, and the server rolls "
                                + "back the open transaction of a session that ends, so " + noun + " is as it was, at "
                                + describe(restoredHeads) + ".",
                        null);
            }
        }
        return new Aftermath("Rolled back: " + noun + " is as it was, at " + describe(restoredHeads) + ".", null);
    }

    /** Records how far a step that cannot be atomic got; without a connection, its "running" row tells instead. */
    private Aftermath stoppedPartWay(
            Connection c,
            Step step,
            List<Statement> body,
            int k,
            SQLException failure,
            Set<String> restoredHeads,
            Set<String> after) {
        String ran = k + " statement(s)"
                + (k == 0
                        ? ""
                        : " (lines " + body.get(0).line() + " to "
                                + body.get(k - 1).line() + ")");
        InterruptedStep stopped =
                new InterruptedStep(step.id(), step.direction(), k, "now").completingAt(describe(after));
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            record(c, step.id(), InterruptedStep.partialAction(step.direction(), k));
        } catch (SQLException recordFailed) {
            failure.addSuppressed(recordFailed);
            return new Aftermath(
                    "Part-way: the connection to the database was lost, so migrate could not record "
                            + "how far the step got: its first " + ran + " ran and stay, the one at line "
                            + body.get(k).line()
                            + " may have run too, the version table still says " + describe(restoredHeads)
                            + ", and the "
                            + "step shows as interrupted. Upgrade and downgrade refuse to run until this is resolved.",
                    stopped.remedy(describe(restoredHeads)));
        }
        String why = step.script().transactional()
                ? database.dialect().name() + " commits DDL as it goes"
                : "the script is non-transactional";
        return new Aftermath(
                "Part-way: " + why + ", so its first " + ran + " ran and stay, and the version table "
                        + "still says " + describe(restoredHeads)
                        + ". Upgrade and downgrade refuse to run until this is "
                        + "resolved.",
                stopped.remedy(describe(restoredHeads)));
    }

    /** Whether the connection is gone (the server ended the session, the network failed), as far as can be told. */
    private static boolean lost(Connection c) {
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static void executeOne(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Our own statements, sent together: one round trip to a server instead of one each. */
    private static void executeBatch(Connection c, List<String> sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.addBatch(statement);
            }
            s.executeBatch();
        } catch (BatchUpdateException e) {
            throw e.getNextException() != null ? e.getNextException() : e;
        }
    }

    private void transaction(Connection c, List<String> sql) throws SQLException {
        c.setAutoCommit(false);
        for (String s : sql) {
            executeOne(c, s);
        }
        c.commit();
    }

    public String url() {
        return database.config().maskedUrl();
    }

    private DatabaseException failure(String what, SQLException e) {
        return new DatabaseException(
                "Cannot " + what + " in " + database.config().maskedUrl() + ": " + e.getMessage(),
                database.dialect().hint(e, Remedy.words("Check that the database is reachable and writable.")),
                e);
    }
}
