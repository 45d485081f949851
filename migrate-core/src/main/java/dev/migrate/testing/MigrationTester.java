package dev.migrate.testing;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.runtime.Direction;
import dev.migrate.runtime.Runner;
import dev.migrate.runtime.Step;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.runtime.VersionTable;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * migrate:test. On a scratch database, never the configured one, applies the revisions one at a time from base
 * to head; after each, downgrades it and checks that the schema is exactly as before, then upgrades it again and
 * checks that the schema is as after the first upgrade.
 */
public final class MigrationTester {
    private final String versionTable;
    private final MigrateLog log;
    private final Remedy.Vocabulary vocabulary;

    public MigrationTester(String versionTable, MigrateLog log, Remedy.Vocabulary vocabulary) {
        this.versionTable = versionTable;
        this.log = log;
        this.vocabulary = vocabulary;
    }

    public TestReport run(ScriptDirectory scripts, ScratchDatabase scratch) {
        RevisionGraph graph = scripts.graph();
        List<String> graphProblems = new ArrayList<>();
        if (graph.heads().size() > 1) {
            graphProblems.add("The scripts have " + graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                    + "): merge them with "
                    + Remedy.of(Remedy.run(Command.MERGE)).render(vocabulary));
        }
        Database db = new Database(scratch.config());
        VersionTable versions = new VersionTable(versionTable, db.dialect());
        Runner runner =
                new Runner(db, versions, TransactionMode.EACH, MigrateLog.SILENT).describedAs("the scratch database");
        Set<String> ignored = Set.of(versions.table(), versions.historyTable());
        List<RevisionResult> results = new ArrayList<>();
        List<Revision> order = graph.revisions();
        for (Revision revision : order) {
            RevisionResult result = test(scripts, scripts.script(revision.id()), runner, db, ignored);
            results.add(result);
            String line = (result.passed() ? "PASS " : "FAIL ") + revision.describe() + " (" + result.millis() + " ms)";
            if (result.passed()) {
                log.info(line);
            } else {
                StringBuilder block = new StringBuilder(line);
                for (String problem : result.problems()) {
                    block.append("\n       ").append(problem.replace("\n", "\n       "));
                }
                log.error(block.toString()); // one block: the revision, then each problem indented under it
            }
            if (!result.passed()) {
                break;
            }
        }
        return new TestReport(graphProblems, results, order.size() - results.size());
    }

    private RevisionResult test(
            ScriptDirectory scripts, Script script, Runner runner, Database db, Set<String> ignored) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try {
            Schema before = schema(db, ignored);
            step(runner, scripts, script, Direction.UPGRADE, "upgrade");
            Schema after = schema(db, ignored);
            step(runner, scripts, script, Direction.DOWNGRADE, "downgrade");
            List<String> left = differences(schema(db, ignored), before);
            if (!left.isEmpty()) {
                problems.add("downgrade did not restore the schema from before the upgrade; what it left behind, "
                        + "as what would undo it:\n" + String.join("\n", left));
            }
            step(runner, scripts, script, Direction.UPGRADE, "upgrade again");
            List<String> again = differences(schema(db, ignored), after);
            if (!again.isEmpty()) {
                problems.add("upgrade after downgrade gave another schema than the first upgrade; what would turn "
                        + "the second into the first:\n" + String.join("\n", again));
            }
        } catch (MigrateException e) {
            problems.add(e.getMessage());
        }
        return new RevisionResult(script.revision(), problems, (System.nanoTime() - start) / 1_000_000);
    }

    private static void step(Runner runner, ScriptDirectory scripts, Script script, Direction direction, String what) {
        try {
            runner.run(scripts, state -> List.of(new Step(script, direction)), false);
        } catch (MigrateException e) {
            throw new MigrateException(what + " failed: " + e.getMessage(), e.remedy(), e);
        }
    }

    /** What turns {@code actual} into {@code expected}, one line per operation; empty when they are the same. */
    private static List<String> differences(Schema actual, Schema expected) {
        return SchemaDiff.compare(actual, expected, RenameHints.none()).stream()
                .flatMap(o -> o.describe().lines())
                .map(line -> "  " + line)
                .toList();
    }

    private static Schema schema(Database db, Set<String> ignored) {
        try (Connection c = db.open()) {
            Set<String> migrates = new java.util.HashSet<>(ignored);
            migrates.add(ScratchDatabase.MARKER_TABLE);
            return db.dialect().readSchema(c, migrates);
        } catch (SQLException e) {
            throw new MigrateException("Cannot read the scratch database's schema: " + e.getMessage(), e);
        }
    }
}
