package dev.migrate;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.EmptiedScratch;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.Secrets;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.TargetException;
import dev.migrate.graph.Targets;
import dev.migrate.runtime.AppliedState;
import dev.migrate.runtime.Confirmation;
import dev.migrate.runtime.DatabaseState;
import dev.migrate.runtime.InterruptedStep;
import dev.migrate.runtime.OfflineSql;
import dev.migrate.runtime.Planner;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.Runner;
import dev.migrate.runtime.Step;
import dev.migrate.runtime.VersionTable;
import dev.migrate.script.NewRevision;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptParser;
import dev.migrate.script.ScriptWriter;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.diff.SectionWriter;
import dev.migrate.dialect.SqlRenderer;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.schema.EvaluatedSchemaSource;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaMaterializer;
import dev.migrate.schema.SchemaSource;
import dev.migrate.testing.MigrationTester;
import dev.migrate.testing.TestReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's commands, one method each: what the Maven goals call, and what an application calls to migrate at
 * start-up ({@code new Migrate(config).upgrade("head")}).
 */
public final class Migrate {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MigrateConfig config;
    private ScriptDirectory scripts;
    private Database database;

    /** The engine for {@code config}; whatever it logs is redacted of the configuration's passwords. */
    public Migrate(MigrateConfig config) {
        Secrets secrets = Secrets.of(config.database(), config.scratch());
        this.config = config.withLog(new RedactingLog(config.log(), secrets::redact));
    }

    // ----- scripts -----

    /** Creates the migrations directory; refuses when it exists already. */
    public Path init() {
        Path dir = config.migrations();
        if (Files.exists(dir)) {
            throw new MigrateException("migrate is already initialised: " + dir + " exists",
                    "Create revisions with mvn migrate:revision; delete the directory first to start over.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MigrateException("Cannot create " + dir + ": " + e.getMessage(),
                    "Check that the project directory is writable.", e);
        }
        return dir;
    }

    /** Writes a new script whose parent is the request's head (the single head by default). */
    public Path revision(RevisionRequest request) {
        ScriptDirectory s = scripts();
        Targets targets = new Targets(s.graph());
        List<String> parents = s.graph().isEmpty() && "head".equals(request.head())
                ? List.of() : new ArrayList<>(targets.resolve(request.head(), Set.of()));
        List<String> depends = new ArrayList<>();
        for (String d : request.dependsOn()) {
            depends.add(targets.resolveOne(d, Set.of()));
        }
        return write(s, request, parents, depends);
    }

    /** Writes a revision that joins {@code revisions} (all heads by default) into one. */
    public Path merge(String message, String revisions) {
        ScriptDirectory s = scripts();
        List<String> parents = new ArrayList<>();
        for (String spec : (revisions == null || revisions.isBlank() ? "heads" : revisions).split(",")) {
            parents.addAll(new Targets(s.graph()).resolve(spec.strip(), Set.of()));
        }
        parents = new ArrayList<>(new LinkedHashSet<>(parents));
        if (parents.size() < 2) {
            throw new TargetException("Nothing to merge: " + (parents.isEmpty() ? "no revisions" : "a single head, "
                    + parents.get(0)), "A merge joins two or more heads; mvn migrate:heads lists them.");
        }
        String text = message == null || message.isBlank() ? "merge " + String.join(", ", parents) : message;
        return write(s, RevisionRequest.of(text), parents, List.of());
    }

    private Path write(ScriptDirectory s, RevisionRequest r, List<String> parents, List<String> depends) {
        String id = r.id() == null || r.id().isBlank() ? newId() : r.id().strip();
        if (!ScriptParser.isValidName(id)) {
            throw new MigrateException("'" + id + "' is not a valid revision id",
                    "A revision id has 1 to 32 letters, digits, '_', '.' or '-'; or leave it out for a random one.");
        }
        Targets.refuseKeyword("revision id", id, null);
        if (s.graph().contains(id)) {
            throw new MigrateException("Revision id " + id + " is taken by " + s.graph().get(id).source(),
                    "Choose another id, or leave it out for a random one.");
        }
        if (s.graph().byLabel(id) != null) {
            throw new MigrateException("Revision id " + id + " is a branch label of " + s.graph().get(
                    s.graph().byLabel(id)).source() + ", so a target '" + id + "' could mean either",
                    "Choose another id, or leave it out for a random one.");
        }
        for (String label : r.branchLabels()) {
            if (!ScriptParser.isValidName(label)) {
                throw new MigrateException("'" + label + "' is not a valid branch label",
                        "A branch label has 1 to 32 letters, digits, '_', '.' or '-'.");
            }
            Targets.refuseKeyword("branch label", label, null);
            if (s.graph().contains(label)) {
                throw new MigrateException("Branch label '" + label + "' is the id of the revision in "
                        + s.graph().get(label).source() + ", so a target '" + label + "' could mean either",
                        "Choose another label.");
            }
            String owner = s.graph().byLabel(label);
            if (owner != null) {
                throw new MigrateException("Branch label '" + label + "' is already used by " + s.graph().get(owner)
                        .source(), "Choose another label, or build on that branch with -Dmigrate.head=" + label
                        + "@head.");
            }
        }
        NewRevision revision = new NewRevision(id, parents, r.branchLabels(), depends, r.message(),
                config.clock().instant(), r.transactional(), r.upgradeSql(), r.downgradeSql());
        Path file = ScriptWriter.write(config.migrations(), config.fileTemplate(), revision);
        scripts = null;
        return file;
    }

    private static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public List<String> heads() {
        return scripts().graph().heads();
    }

    public List<String> branchPoints() {
        return scripts().graph().branchPoints();
    }

    public Revision revisionOf(String id) {
        return scripts().graph().get(id);
    }

    public List<String> children(String id) {
        return scripts().graph().children(id);
    }

    /** The revisions from {@code from} to {@code to} inclusive, newest first; "base:heads" for all. */
    public List<Revision> history(String range) {
        RevisionGraph graph = scripts().graph();
        Set<String> current = Targets.needsCurrent(range) ? inspect().heads() : Set.of();
        String[] ends = splitRange(range == null || range.isBlank() ? ":" : range);
        Targets targets = new Targets(graph);
        Set<String> upper = graph.ancestorsOrSelf(targets.resolve(ends[1].isEmpty() ? "heads" : ends[1], current));
        Set<String> from = targets.resolve(ends[0].isEmpty() ? "base" : ends[0], current);
        Set<String> below = new LinkedHashSet<>(graph.ancestorsOrSelf(from));
        below.removeAll(from);
        List<Revision> out = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            if (upper.contains(r.id()) && !below.contains(r.id())) {
                out.add(0, r);
            }
        }
        return out;
    }

    /** The script of one revision. */
    public Script show(String target) {
        ScriptDirectory s = scripts();
        Set<String> current = Targets.needsCurrent(target) ? inspect().heads() : Set.of();
        return s.script(new Targets(s.graph()).resolveOne(target, current));
    }

    // ----- database -----

    public Status status() {
        ScriptDirectory s = scripts();
        RevisionGraph graph = s.graph();
        DatabaseState db = inspect();
        Set<String> known = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String head : db.heads()) {
            (graph.contains(head) ? known : unknown).add(head);
        }
        AppliedState state = AppliedState.of(graph, known);
        Set<String> edited = new LinkedHashSet<>();
        for (Script e : Runner.edited(s, state, db.checksums())) {
            edited.add(e.id());
        }
        Set<String> heads = new LinkedHashSet<>(graph.heads());
        List<Status.Entry> entries = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            Status.State st = edited.contains(r.id()) ? Status.State.EDITED
                    : state.applied().contains(r.id()) ? Status.State.APPLIED : Status.State.PENDING;
            entries.add(new Status.Entry(r, st, known.contains(r.id()), heads.contains(r.id())));
        }
        Collections.reverse(entries); // newest first
        return new Status(db.heads(), unknown, graph.heads(), entries, InterruptedStep.find(db.history())
                .map(step -> Runner.located(step, s, database().dialect(), state)));
    }

    /** The version table's rows. */
    public Set<String> current() {
        return inspect().heads();
    }

    public DatabaseState inspect() {
        return runner().inspect();
    }

    public RunResult upgrade(String target) {
        ScriptDirectory s = scripts();
        return runner().run(s, state -> Planner.upgrade(s, state, resolve(s, target, "head", state)), true);
    }

    /** Downgrades to {@code target} as an application that decided to would: without asking. */
    public RunResult downgrade(String target) {
        return downgrade(target, Confirmation.granted());
    }

    /**
     * Downgrades to {@code target}; a downgrade that ends at base or undoes more than the confirmation's steps is
     * refused unless confirmed, judged on the plan made under the run lock.
     */
    public RunResult downgrade(String target, Confirmation confirmation) {
        ScriptDirectory s = scripts();
        Runner runner = runner();
        return runner.run(s, state -> {
            List<Step> steps = Planner.downgrade(s, state, resolve(s, target, "-1", state));
            confirmation.check(confirmation.downgradeWarning(steps, state, runner.url()));
            return steps;
        }, false);
    }

    /** What downgrading to {@code target} would destroy that needs a yes, as the database is now; else empty. */
    public Optional<String> downgradeWarning(String target, Confirmation confirmation) {
        ScriptDirectory s = scripts();
        AppliedState state = AppliedState.of(s.graph(), inspect().heads());
        List<Step> steps = Planner.downgrade(s, state, resolve(s, target, "-1", state));
        return Optional.ofNullable(confirmation.downgradeWarning(steps, state, config.database().maskedUrl()));
    }

    /** Downgrades to base, then upgrades to head, in one locked run. */
    public RunResult reset() {
        return reset(Confirmation.granted());
    }

    /** Downgrades to base, then upgrades to head, in one locked run; with anything applied it needs a yes. */
    public RunResult reset(Confirmation confirmation) {
        ScriptDirectory s = scripts();
        Set<String> head = new Targets(s.graph()).resolve("head", Set.of());
        Runner runner = runner();
        return runner.run(s, state -> {
            confirmation.check(Confirmation.resetWarning(state, runner.url()));
            List<Step> steps = new ArrayList<>(Planner.downgrade(s, state, Set.of()));
            steps.addAll(Planner.upgrade(s, AppliedState.of(s.graph(), Set.of()), head));
            return steps;
        }, false);
    }

    /** What a reset would destroy, as the database is now; empty when nothing is applied. */
    public Optional<String> resetWarning() {
        AppliedState state = AppliedState.of(scripts().graph(), inspect().heads());
        return Optional.ofNullable(Confirmation.resetWarning(state, config.database().maskedUrl()));
    }

    /** The SQL an upgrade over {@code range} ("to" from base, or "from:to") would run, without a database. */
    public String upgradeSql(String range) {
        return offline(range, "head", true);
    }

    /** The SQL a downgrade over {@code range} ("to" from the heads, or "from:to") would run, without a database. */
    public String downgradeSql(String range) {
        return offline(range, "-1", false);
    }

    private String offline(String range, String defaultTarget, boolean up) {
        ScriptDirectory s = scripts();
        String spec = range == null || range.isBlank() ? defaultTarget : range;
        String[] ends = spec.contains(":") ? splitRange(spec) : new String[] {up ? "base" : "heads", spec};
        Targets targets = new Targets(s.graph());
        AppliedState start = AppliedState.of(s.graph(), s.graph().headsOf(s.graph().ancestorsOrSelf(
                targets.resolve(ends[0].isEmpty() ? (up ? "base" : "heads") : ends[0], Set.of()))));
        Set<String> to = targets.resolve(ends[1].isEmpty() ? defaultTarget : ends[1], start.heads());
        List<Step> steps = up ? Planner.upgrade(s, start, to) : Planner.downgrade(s, start, to);
        Database db = database();
        return OfflineSql.render(db.dialect(), versionTable(db), s.graph(), start, steps, config.transactionMode(),
                "migrate " + (up ? "upgrade " : "downgrade ") + (ends[0].isEmpty() ? "" : ends[0] + ":") + ends[1]);
    }

    private static String[] splitRange(String range) {
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new TargetException("'" + range + "' is not a range", "A range is <from>:<to>, e.g. base:head.");
        }
        return new String[] {range.substring(0, colon).strip(), range.substring(colon + 1).strip()};
    }

    /** Sets the version table to {@code target} without running anything; {@code purge} empties it first. */
    public RunResult stamp(String target, boolean purge) {
        return stamp(target, purge, Confirmation.granted());
    }

    /** As {@link #stamp(String, boolean)}; forgetting applied revisions (a stamp at base, a purge) needs a yes. */
    public RunResult stamp(String target, boolean purge, Confirmation confirmation) {
        ScriptDirectory s = scripts();
        return runner().stamp(s, state -> resolve(s, target, null, state), purge, confirmation);
    }

    /** What a stamp would forget, as the database is now; empty when it forgets nothing. */
    public Optional<String> stampWarning(String target, boolean purge) {
        ScriptDirectory s = scripts();
        Set<String> found = inspect().heads();
        AppliedState state = purge ? new AppliedState(Set.of(), Set.of()) : AppliedState.of(s.graph(), found);
        Set<String> to = s.graph().headsOf(s.graph().ancestorsOrSelf(resolve(s, target, null, state)));
        return Optional.ofNullable(Confirmation.stampWarning(found, to, purge, config.database().maskedUrl()));
    }

    /** Accepts the edits of applied scripts: "all", or revision ids separated by commas. */
    public List<Script> accept(String revisions) {
        ScriptDirectory s = scripts();
        List<String> ids = new ArrayList<>();
        if ("all".equalsIgnoreCase(revisions.strip())) {
            DatabaseState db = inspect();
            for (Script e : Runner.edited(s, AppliedState.of(s.graph(), db.heads()), db.checksums())) {
                ids.add(e.id());
            }
        } else {
            for (String spec : revisions.split(",")) {
                ids.add(new Targets(s.graph()).resolveOne(spec.strip(), Set.of()));
            }
        }
        return runner().accept(s, ids);
    }

    /** migrate:test on a scratch database. */
    public TestReport test() {
        return test(null);
    }

    /** migrate:test on a scratch database; with a model, also checks that the migrations at head build it. */
    public TestReport test(SchemaSource model) {
        ScriptDirectory s = scripts();
        try (ScratchDatabase scratch = scratch()) {
            TestReport report = new MigrationTester(config.versionTable(), config.log()).run(s, scratch);
            if (model == null || !report.passed()) {
                return report;
            }
            Schema atHead = read(new Database(scratch.config()));
            SchemaComparison c = compare(atHead, "the migrations at head", model);
            return report.withModelCheck(c);
        }
    }

    // ----- autogenerate -----

    /**
     * Compares the model with the schema the migrations build (replayed on a scratch database, so the configured
     * database is neither needed nor touched), or with the configured database itself.
     */
    public SchemaComparison compare(SchemaSource model, boolean againstDatabase) {
        Database db = database();
        SchemaSource evaluated = new EvaluatedSchemaSource(model, db.dialect());
        Supplier<Schema> current = againstDatabase ? () -> read(db) : this::migrationsSchema;
        String currentName = againstDatabase ? "the database " + config.database().maskedUrl()
                : "the migrations at head";
        if (config.scratch() != null) {
            // one named scratch database serves both, one after the other
            return compare(current.get(), currentName, evaluated, modelSchema(evaluated));
        }
        BothAtOnce<Schema, Schema> both = BothAtOnce.compute(current, () -> modelSchema(evaluated));
        return compare(both.first(), currentName, evaluated, both.second());
    }

    /**
     * Writes a revision whose upgrade turns the current schema into the model's and whose downgrade turns it back.
     * Writes nothing when they match: then the result's path is null.
     */
    public Autogenerated autogenerate(RevisionRequest request, SchemaSource model, boolean againstDatabase) {
        SchemaComparison c = compare(model, againstDatabase);
        if (c.matches()) {
            return new Autogenerated(c, null);
        }
        SqlRenderer renderer = database().dialect().renderer();
        String up = SectionWriter.write(c.operations(), renderer);
        String down = SectionWriter.write(SchemaDiff.inverse(c.operations()), renderer);
        return new Autogenerated(c, revision(request.withBody(up, down)));
    }

    /** The schema at the head of the migrations, built on a scratch database. */
    public Schema migrationsSchema() {
        ScriptDirectory s = scripts();
        try (ScratchDatabase scratch = scratch()) {
            Database db = new Database(scratch.config());
            if (!s.graph().isEmpty()) {
                new Runner(db, versionTable(db), TransactionMode.EACH, MigrateLog.SILENT).run(s,
                        state -> Planner.upgrade(s, state, new Targets(s.graph()).resolve("heads", Set.of())), true);
            }
            return read(db);
        }
    }

    /** The model's schema, built on a scratch database of the configured dialect. */
    public Schema modelSchema(SchemaSource model) {
        try (ScratchDatabase scratch = scratch()) {
            return SchemaMaterializer.materialize(model, new Database(scratch.config()));
        }
    }

    private SchemaComparison compare(Schema current, String currentName, SchemaSource model) {
        return compare(current, currentName, model, modelSchema(model));
    }

    private SchemaComparison compare(Schema current, String currentName, SchemaSource model, Schema desired) {
        if (!model.expressesForeignKeys(database().dialect())) {
            desired = desired.withForeignKeysOf(current);
        }
        return new SchemaComparison(currentName, model.describe(),
                SchemaDiff.compare(current, desired, model.hints()));
    }

    private Schema read(Database db) {
        VersionTable versions = versionTable(db);
        try (Connection c = db.open()) {
            return db.dialect().readSchema(c, Set.of(versions.table(), versions.historyTable(),
                    ScratchDatabase.MARKER_TABLE));
        } catch (SQLException e) {
            throw new MigrateException("Cannot read the schema of " + db.config().maskedUrl() + ": " + e.getMessage(),
                    null, e);
        }
    }

    // ----- plumbing -----

    private static Set<String> resolve(ScriptDirectory s, String target, String fallback, AppliedState state) {
        String spec = target == null || target.isBlank() ? fallback : target;
        if (spec == null) {
            throw new TargetException("No target given", Targets.SYNTAX);
        }
        return new Targets(s.graph()).resolve(spec, state.heads());
    }

    private ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.load(config.migrations(), config.log());
        }
        return scripts;
    }

    private Database database() {
        if (database == null) {
            database = new Database(config.database());
        }
        return database;
    }

    /** The configured scratch database, emptied for use, or a new one. Closing it drops or empties it. */
    private ScratchDatabase scratch() {
        if (config.scratch() != null) {
            return EmptiedScratch.open(config.scratch(), config.database(), config.scratchOverwrite());
        }
        return database().dialect().createScratch(config.database(), config.workDirectory(), config.log());
    }

    private VersionTable versionTable(Database db) {
        return new VersionTable(config.versionTable(), db.dialect());
    }

    private Runner runner() {
        Database db = database();
        return new Runner(db, versionTable(db), config.transactionMode(), config.log());
    }
}
