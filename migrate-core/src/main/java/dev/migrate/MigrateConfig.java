package dev.migrate;

import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.runtime.VersionTable;
import dev.migrate.schema.IgnoredObjects;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.ScriptLocations;
import dev.migrate.script.ScriptWriter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs to know. Build one with {@link #builder(DatabaseConfig, Path)}.
 *
 * @param database        the database to migrate
 * @param migrations      the directory of the scripts
 * @param versionTable    name of the table holding the current revision(s); the history table adds "_history"
 * @param transactionMode one transaction per migration, or one for the whole run
 * @param fileTemplate    name of new script files, from {date}, {time}, {epoch}, {rev} and {slug}
 * @param workDirectory   where scratch databases go (a build's target directory)
 * @param scratch         a database migrate may empty and use as its scratch database, or null to create one
 *                        (a file in workDirectory for SQLite, a new database on the same server otherwise)
 * @param scratchOverwrite whether migrate may empty a named scratch database that holds tables it did not put there
 * @param log             where progress goes: {@code System.Logger} {@code dev.migrate} unless another is given
 * @param clock           the time new revisions are stamped with
 * @param vocabulary      how prose that names a command or a setting spells it (warnings, test reports): the
 *                        engine API's words unless a front end gives its own
 * @param ignored         tables and views left out of every schema comparison (another tool's, the application's own)
 * @param locations       where the scripts are read from (directories, {@code classpath:db/migrations}), or null
 *                        for {@code migrations} alone; new revisions are written to {@code migrations} either way
 * @param javaMigrations  Java migrations handed in as instances (an application's beans), besides those found as
 *                        classes in the {@code classpath:} locations
 * @param scriptIndex     a file that keeps the scripts' headers and checksums between runs, or null
 */
public record MigrateConfig(
        DatabaseConfig database,
        Path migrations,
        String versionTable,
        TransactionMode transactionMode,
        String fileTemplate,
        Path workDirectory,
        DatabaseConfig scratch,
        boolean scratchOverwrite,
        MigrateLog log,
        Clock clock,
        Remedy.Vocabulary vocabulary,
        IgnoredObjects ignored,
        ScriptLocations locations,
        List<JavaMigration> javaMigrations,
        Path scriptIndex) {

    public MigrateConfig {
        javaMigrations = javaMigrations == null ? List.of() : List.copyOf(javaMigrations);
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(ignored, "ignored");
    }

    /** The same configuration, logging to {@code other}. */
    public MigrateConfig withLog(MigrateLog other) {
        return with(database, other);
    }

    /** The same configuration for another database: a tenant's. */
    public MigrateConfig withDatabase(DatabaseConfig other) {
        return with(other, log);
    }

    private MigrateConfig with(DatabaseConfig otherDatabase, MigrateLog otherLog) {
        return new MigrateConfig(
                otherDatabase,
                migrations,
                versionTable,
                transactionMode,
                fileTemplate,
                workDirectory,
                scratch,
                scratchOverwrite,
                otherLog,
                clock,
                vocabulary,
                ignored,
                locations,
                javaMigrations,
                scriptIndex);
    }

    public static Builder builder(DatabaseConfig database, Path migrations) {
        return new Builder(database, migrations);
    }

    /**
     * For an application that reads its scripts from {@code locations} ({@code classpath:db/migrations}); a
     * revision written from it goes to {@link ScriptLocations#writableDirectory()}.
     */
    public static Builder builder(DatabaseConfig database, ScriptLocations locations) {
        return new Builder(database, locations.writableDirectory()).locations(locations);
    }

    /** Fills in the defaults; every setter is optional. */
    public static final class Builder {
        private final DatabaseConfig database;
        private final Path migrations;
        private String versionTable = VersionTable.DEFAULT_NAME;
        private TransactionMode transactionMode = TransactionMode.EACH;
        private String fileTemplate = ScriptWriter.DEFAULT_FILE_TEMPLATE;
        private Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"));
        private DatabaseConfig scratch;
        private boolean scratchOverwrite;
        private MigrateLog log = MigrateLog.system();
        private Clock clock = Clock.systemUTC();
        private Remedy.Vocabulary vocabulary = Remedy.API;
        private IgnoredObjects ignored = IgnoredObjects.none();
        private ScriptLocations locations;
        private List<JavaMigration> javaMigrations = List.of();
        private Path scriptIndex;

        private Builder(DatabaseConfig database, Path migrations) {
            this.database = database;
            this.migrations = migrations;
        }

        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        public Builder transactionMode(TransactionMode mode) {
            this.transactionMode = mode;
            return this;
        }

        public Builder fileTemplate(String template) {
            this.fileTemplate = template;
            return this;
        }

        /**
         * A file where the scripts' headers and checksums are kept between runs, keyed by each file's path, size and
         * modification time, so that a run parses only new or changed scripts; none by default.
         */
        public Builder scriptIndex(Path file) {
            this.scriptIndex = file;
            return this;
        }

        public Builder workDirectory(Path directory) {
            this.workDirectory = directory;
            return this;
        }

        public Builder scratch(DatabaseConfig database) {
            this.scratch = database;
            return this;
        }

        /** Lets migrate empty a named scratch database that holds tables it did not put there. */
        public Builder scratchOverwrite(boolean overwrite) {
            this.scratchOverwrite = overwrite;
            return this;
        }

        public Builder log(MigrateLog log) {
            this.log = log;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How warnings and reports name commands and settings; {@link Remedy#API} by default. */
        public Builder vocabulary(Remedy.Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            return this;
        }

        /** Tables and views, by name or pattern ({@code *}, {@code ?}), that comparisons leave out. */
        public Builder ignore(List<String> patterns) {
            this.ignored = IgnoredObjects.of(patterns);
            return this;
        }

        /** Where the scripts are read from, instead of the migrations directory alone. */
        public Builder locations(ScriptLocations locations) {
            this.locations = locations;
            return this;
        }

        /** Java migrations as instances, besides those the {@code classpath:} locations hold as classes. */
        public Builder javaMigrations(List<? extends JavaMigration> migrations) {
            this.javaMigrations = List.copyOf(migrations);
            return this;
        }

        public MigrateConfig build() {
            return new MigrateConfig(
                    database,
                    migrations,
                    versionTable,
                    transactionMode,
                    fileTemplate,
                    workDirectory,
                    scratch,
                    scratchOverwrite,
                    log,
                    clock,
                    vocabulary,
                    ignored,
                    locations,
                    javaMigrations,
                    scriptIndex);
        }
    }
}
