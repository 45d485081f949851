package dev.migrate.autogenerate;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.graph.Targets;
import dev.migrate.runtime.Planner;
import dev.migrate.runtime.Runner;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.runtime.VersionTable;
import dev.migrate.schema.IgnoredObjects;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares a model with the schema the migrations build (replayed on a scratch database, so the configured database
 * is neither needed nor touched) or with the configured database itself, each schema as the database reports it.
 */
public final class Autogenerate {
    private final Database database;
    private final String versionTable;
    private final Supplier<ScriptDirectory> scripts;
    private final Supplier<ScratchDatabase> scratch;
    private final boolean oneScratch;
    private final IgnoredObjects ignored;

    /**
     * @param scratch    a scratch database each time it is called, dropped or emptied when closed
     * @param oneScratch whether the scratch databases are one named database, so that two cannot be used at once
     * @param ignored    tables and views left out of every schema read here
     */
    public Autogenerate(
            Database database,
            String versionTable,
            Supplier<ScriptDirectory> scripts,
            Supplier<ScratchDatabase> scratch,
            boolean oneScratch,
            IgnoredObjects ignored) {
        this.database = database;
        this.versionTable = versionTable;
        this.scripts = scripts;
        this.scratch = scratch;
        this.oneScratch = oneScratch;
        this.ignored = ignored;
    }

    public SchemaComparison compare(SchemaSource model, boolean againstDatabase) {
        SchemaSource evaluated = new EvaluatedSchemaSource(model, database.dialect());
        Supplier<Schema> current = againstDatabase ? () -> read(database) : this::migrationsSchema;
        String currentName =
                againstDatabase ? "the database " + database.config().maskedUrl() : "the migrations at head";
        if (oneScratch) {
            return compare(current.get(), currentName, evaluated, modelSchema(evaluated));
        }
        // building the two schemas mostly waits on the database: the second need not wait for the first
        BothAtOnce<Schema, Schema> both = BothAtOnce.compute(current, () -> modelSchema(evaluated));
        return compare(both.first(), currentName, evaluated, both.second());
    }

    /** Compares {@code current} with the model, built on a scratch database. */
    public SchemaComparison compare(Schema current, String currentName, SchemaSource model) {
        return compare(current, currentName, model, modelSchema(model));
    }

    /** The revisions that turn the comparison's current schema into the model ({@link RevisionBodies}). */
    public List<RevisionBodies.Body> revisions(SchemaComparison c, SafeForms safe) {
        return RevisionBodies.of(database.dialect(), c, safe);
    }

    /** The schema at the head of the migrations, built on a scratch database. */
    public Schema migrationsSchema() {
        ScriptDirectory s = scripts.get();
        return schemaAt(s, s.graph().isEmpty() ? Set.of() : new Targets(s.graph()).resolve("heads", Set.of()));
    }

    /**
     * Drift: what the configured database holds that the migrations it has applied ({@code applied}, its current
     * revisions) do not build, as the operations that turn their schema into the database's. Empty when it matches.
     */
    public SchemaComparison drift(Set<String> applied) {
        ScriptDirectory s = scripts.get();
        // the replay on a scratch database and the read of the configured one need not wait for each other
        BothAtOnce<Schema, Schema> both = BothAtOnce.compute(() -> schemaAt(s, applied), () -> read(database));
        Set<String> notCompared = new java.util.LinkedHashSet<>(both.first().notModelled());
        notCompared.addAll(both.second().notModelled());
        return new SchemaComparison(
                applied.isEmpty()
                        ? "no migrations (nothing is applied)"
                        : "the schema the applied migrations build (at "
                                + String.join(", ", new java.util.TreeSet<>(applied)) + ")",
                "the database " + database.config().maskedUrl(),
                SchemaDiff.compare(
                        both.first(),
                        both.second(),
                        RenameHints.none(),
                        database.dialect().forwardReferences(),
                        database.dialect().renameRule()),
                List.copyOf(notCompared));
    }

    /** The schema the migrations build when upgraded to {@code revisions}, on a scratch database. */
    Schema schemaAt(ScriptDirectory s, Set<String> revisions) {
        try (ScratchDatabase db = scratch.get()) {
            Database built = new Database(db.config());
            if (!revisions.isEmpty()) {
                new Runner(built, versionTable(built), TransactionMode.EACH, MigrateLog.SILENT)
                        .run(s, state -> Planner.upgrade(s, state, revisions), true);
            }
            return read(built);
        }
    }

    /** The model's schema, built on a scratch database of the configured dialect. */
    public Schema modelSchema(SchemaSource model) {
        try (ScratchDatabase db = scratch.get()) {
            return ignored.apply(SchemaMaterializer.materialize(model, new Database(db.config())));
        }
    }

    private SchemaComparison compare(Schema current, String currentName, SchemaSource model, Schema desired) {
        if (!model.expressesForeignKeys(database.dialect())) {
            desired = desired.withForeignKeysOf(current);
        }
        Set<String> notCompared = new java.util.LinkedHashSet<>(current.notModelled());
        notCompared.addAll(desired.notModelled());
        return new SchemaComparison(
                currentName,
                model.describe(),
                SchemaDiff.compare(
                        current,
                        desired,
                        model.hints(),
                        database.dialect().forwardReferences(),
                        database.dialect().renameRule()),
                List.copyOf(notCompared));
    }

    /** The schema of {@code db} without migrate's own tables. */
    public Schema read(Database db) {
        VersionTable versions = versionTable(db);
        try (Connection c = db.open()) {
            return ignored.apply(db.dialect()
                    .readSchema(c, Set.of(versions.table(), versions.historyTable(), ScratchDatabase.MARKER_TABLE)));
        } catch (SQLException e) {
            throw new MigrateException(
                    "Cannot read the schema of " + db.config().maskedUrl() + ": " + e.getMessage(), e);
        }
    }

    private VersionTable versionTable(Database db) {
        return new VersionTable(versionTable, db.dialect());
    }
}
