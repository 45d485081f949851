package dev.migrate.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.Fixtures;
import dev.migrate.autogenerate.RevisionBodies;
import dev.migrate.autogenerate.SafeForms;
import dev.migrate.autogenerate.SchemaMaterializer;
import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Linter;
import dev.migrate.schema.Schema;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The corpus of hand-picked schema changes, judged by the database itself: for each case the current schema is
 * built in one database and the desired in another; migrate's upgrade must make the first one's dump equal the
 * second's, and its downgrade must give back the first dump. A case marked as a gap must still fail, so that
 * fixing it means removing the mark. The pass rate per database is written to {@code target/corpus-<db>.txt}.
 */
public abstract class CorpusContract {
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger GAPS = new AtomicInteger();
    /** Cases whose change autogenerate writes with a part outside a transaction (safe forms). */
    private static final AtomicInteger ONLINE = new AtomicInteger();

    private static final List<String> GAP_NAMES = new ArrayList<>();
    private static String dialectName;
    private static final int WORKERS = 2;
    private static final AtomicInteger WORKER_NUMBERS = new AtomicInteger();

    @TempDir
    static Path dir;

    /** An empty database of the dialect, named after {@code name}. */
    protected abstract Database fresh(String name);

    /** The database's own account of its schema, as text two equal schemas share. */
    protected abstract String dump(Database db) throws IOException, SQLException;

    /** The corpus directory under src/test/resources/corpus. */
    protected abstract String corpus();

    @TestFactory
    Stream<DynamicTest> corpusCases() {
        dialectName = corpus();
        PASSED.set(0);
        GAPS.set(0);
        ONLINE.set(0);
        GAP_NAMES.clear();
        List<CorpusCase> cases = CorpusCase.all(Path.of("src/test/resources/corpus", corpus()));
        // Two cases at a time, each worker with its own databases: most of a case's time is spent waiting on the
        // server and on pg_dump.
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "corpus-" + WORKER_NUMBERS.incrementAndGet() % WORKERS);
            t.setDaemon(true);
            return t;
        });
        Map<CorpusCase, Future<String>> failures = new LinkedHashMap<>();
        cases.forEach(c -> failures.put(c, workers.submit(() -> failure(c))));
        workers.shutdown();
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    try {
                        run(c, failures.get(c).get());
                    } catch (ExecutionException e) {
                        throw e.getCause();
                    }
                }));
    }

    /** This worker's suffix for the names of its databases. */
    protected static String worker() {
        String name = Thread.currentThread().getName();
        return name.startsWith("corpus-") ? "_" + name.substring("corpus-".length()) : "";
    }

    private void run(CorpusCase c, String failure) {
        if (c.gap() == null) {
            if (failure != null) {
                fail(c + ": " + failure);
            }
            PASSED.incrementAndGet();
        } else {
            if (failure == null) {
                fail(c + " passes now: remove its '-- gap:' line");
            }
            GAPS.incrementAndGet();
            synchronized (GAP_NAMES) {
                GAP_NAMES.add(c + ": " + c.gap());
            }
        }
    }

    /** Why the case fails, or null. */
    private String failure(CorpusCase c) throws Exception {
        Database current = fresh("cur");
        execute(current, c.current());
        String before = dump(current);
        Path file = dir.resolve("desired" + worker() + ".sql");
        Files.writeString(file, c.desired());
        Database desiredDb = fresh("des");
        SqlSchemaSource source = new SqlSchemaSource(List.of(file), dir);
        Schema desired = SchemaMaterializer.materialize(source, desiredDb);
        String expected = dump(desiredDb);
        boolean ahead = current.dialect().forwardReferences();
        List<Operation> up = SchemaDiff.compare(
                read(current), desired, source.hints(), ahead, current.dialect().renameRule());
        List<RevisionBodies.Body> revisions = List.of();
        String step = "upgrade";
        try {
            revisions = RevisionBodies.of(
                    current.dialect(), new SchemaComparison("current", "desired", up, List.of()), SafeForms.DEFAULT);
            if (revisions.stream().anyMatch(r -> !r.transactional())) {
                ONLINE.incrementAndGet();
            }
            for (RevisionBodies.Body r : revisions) {
                run(current, r.upgrade(), r.transactional());
            }
            String after = dump(current);
            if (!after.equals(expected)) {
                return "after the upgrade the dump differs:\n" + diff(expected, after) + "\nSQL:\n"
                        + sql(revisions, step);
            }
            step = "downgrade";
            for (int k = revisions.size() - 1; k >= 0; k--) {
                run(current, revisions.get(k).downgrade(), revisions.get(k).transactional());
            }
            String back = dump(current);
            if (!back.equals(before)) {
                return "after the downgrade the dump differs:\n" + diff(before, back) + "\nSQL:\n"
                        + sql(revisions, step);
            }
        } catch (SQLException e) {
            return "the " + step + " fails: " + e.getMessage() + "\nSQL:\n" + sql(revisions, step);
        } catch (MigrateException e) {
            return "migrate refuses the " + step + ": " + e.getMessage();
        }
        return lint(c, current.dialect(), revisions);
    }

    /**
     * The findings autogenerate's revisions must not have, by rule id, or null where its output is not linted: the
     * rules it writes safe forms for. The others (a drop, a rename) are what the model asks for.
     */
    protected Set<String> rulesAutogenerateSatisfies() {
        return null;
    }

    /** What the linter finds in the revisions, among the rules they must satisfy, or null for nothing. */
    private String lint(CorpusCase c, Dialect dialect, List<RevisionBodies.Body> revisions) {
        Set<String> rules = rulesAutogenerateSatisfies();
        if (rules == null) {
            return null;
        }
        Path migrations = dir.resolve("lint").resolve(c.toString().replaceAll("[^A-Za-z0-9]+", "_"));
        // the schema the case starts from, as the migrations before would have built it: replayed, not linted
        Fixtures.script(migrations, "start").up(c.current()).write();
        String parent = "start";
        for (int k = 0; k < revisions.size(); k++) {
            Fixtures.ScriptFile f = Fixtures.script(migrations, "r" + k)
                    .revises(parent)
                    .up(revisions.get(k).upgrade())
                    .down(revisions.get(k).downgrade());
            if (!revisions.get(k).transactional()) {
                f.header("-- transactional: false");
            }
            f.write();
            parent = "r" + k;
        }
        ScriptDirectory scripts = ScriptDirectory.load(migrations);
        List<Script> all = new ArrayList<>();
        for (int k = 0; k < revisions.size(); k++) {
            all.add(scripts.script("r" + k));
        }
        Linter linter = new Linter(
                dialect.lintRules(),
                Map.of(),
                dialect.splitter(),
                dialect.transactionalDdl(),
                java.util.Optional.empty());
        List<String> found = linter.lint(List.of(scripts.script("start")), all, Set.of(parent)).findings().stream()
                .filter(f -> rules.contains(f.rule()))
                .map(Finding::describe)
                .toList();
        return found.isEmpty()
                ? null
                : "the linter finds in what autogenerate wrote:\n" + String.join("\n", found) + "\nSQL:\n"
                        + sql(revisions, "upgrade");
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (dialectName == null) {
            return;
        }
        int total = PASSED.get() + GAPS.get();
        StringBuilder out = new StringBuilder();
        out.append(dialectName)
                .append(": ")
                .append(PASSED.get())
                .append(" of ")
                .append(total)
                .append(" cases pass; ")
                .append(ONLINE.get())
                .append(" written with a part outside a transaction\n");
        GAP_NAMES.forEach(g -> out.append("gap: ").append(g).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-" + dialectName + ".txt"), out.toString());
    }

    private static Schema read(Database db) throws SQLException {
        try (Connection c = db.open()) {
            return db.dialect().readSchema(c, Set.of());
        }
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.open();
                java.sql.Statement s = c.createStatement()) {
            for (Statement st : db.dialect().splitter().split(sql, 1)) {
                s.execute(st.sql());
            }
        }
    }

    /**
     * As a revision runs: in one transaction where the database's DDL takes part in transactions, unless the
     * revision runs outside one; then each statement commits on its own.
     */
    private static void run(Database db, String section, boolean transactional) throws SQLException {
        try (Connection c = db.open();
                java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(!transactional || !db.dialect().transactionalDdl());
            for (Statement st : db.dialect().splitter().split(section, 1)) {
                s.execute(st.sql());
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static String sql(List<RevisionBodies.Body> revisions, String step) {
        StringBuilder out = new StringBuilder();
        for (RevisionBodies.Body r : revisions) {
            out.append(r.transactional() ? "-- in a transaction\n" : "-- outside a transaction\n")
                    .append(step.equals("upgrade") ? r.upgrade() : r.downgrade());
        }
        return out.toString();
    }

    /** The lines only one side has, marked - (expected) and + (found). */
    private static String diff(String expected, String found) {
        List<String> e = List.of(expected.split("\n"));
        List<String> f = List.of(found.split("\n"));
        StringBuilder out = new StringBuilder();
        e.stream()
                .filter(l -> !f.contains(l))
                .forEach(l -> out.append("- ").append(l).append('\n'));
        f.stream()
                .filter(l -> !e.contains(l))
                .forEach(l -> out.append("+ ").append(l).append('\n'));
        return out.length() == 0 ? "(same lines, another order)\n" + found : out.toString();
    }
}
