package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.RedactedThrowable;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Secrets;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.JavaMigration;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What every goal shares: the database, the scripts directory, skipping, and turning engine errors into build
 * failures with one helpful message and no stack trace (unless Maven runs with -e or -X).
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /** Skips the goal, saying so in the log. */
    @Parameter(property = MigrateProperties.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * JDBC URL of the database: jdbc:sqlite:file.db (a relative path is taken from the project's directory),
     * jdbc:postgresql://host:5432/db, jdbc:mariadb://host:3306/db or jdbc:mysql://host:3306/db. Without it, the
     * environment variable MIGRATE_URL, else jdbc:sqlite:${project.basedir}/${project.artifactId}.db. Shown in logs
     * with any password masked.
     */
    @Parameter(property = MigrateProperties.URL)
    private String url;

    /** Database user; else the serverId's username, else the environment variable MIGRATE_USER. */
    @Parameter(property = MigrateProperties.USER)
    private String user;

    /**
     * Database password; else the serverId's password, else the environment variable MIGRATE_PASSWORD. Never
     * written to any log, not even with -X. Prefer serverId or the environment to writing it in the pom.
     */
    @Parameter(property = MigrateProperties.PASSWORD)
    private String password;

    /**
     * A database migrate may empty and use for migrate:test and autogenerate, for users who may not create
     * databases on the server (by default migrate creates a scratch database there and drops it afterwards).
     * Logged in with the same credentials. Everything in it is dropped before and after each use.
     */
    @Parameter(property = MigrateProperties.SCRATCH_URL)
    private String scratchUrl;

    /**
     * Lets migrate empty a scratch database (migrate.scratchUrl) that holds tables it did not put there. Without it
     * such a database is refused, since emptying it would drop them.
     */
    @Parameter(property = MigrateProperties.SCRATCH_OVERWRITE, defaultValue = "false")
    private boolean scratchOverwrite;

    /**
     * Tables and views that comparisons (autogenerate, check, test's model check) leave out, by name or pattern with
     * {@code *} and {@code ?}, in any case, comma-separated: another tool's tables such as
     * {@code flyway_schema_history,databasechangelog*}.
     */
    @Parameter(property = MigrateProperties.IGNORE)
    private String ignore;

    /** The id of a {@code <server>} in settings.xml whose username and (decrypted) password log in. */
    @Parameter(property = MigrateProperties.SERVER_ID)
    private String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
    private String artifactId;

    /** Directory of the migration scripts; on the application's classpath by default. */
    @Parameter(property = MigrateProperties.MIGRATIONS, defaultValue = MigrateProperties.DEFAULT_MIGRATIONS)
    private File migrations;

    /** Table that holds the database's current revision(s); the history table is this name plus "_history". */
    @Parameter(property = MigrateProperties.VERSION_TABLE, defaultValue = "migrate_version")
    private String versionTable;

    /** "each": every migration commits with its version update. "all": one transaction for the whole run. */
    @Parameter(property = MigrateProperties.TRANSACTION, defaultValue = "each")
    private String transaction;

    /** File name of new scripts, from {date}, {time}, {epoch}, {rev} and {slug}; ".sql" is appended. */
    @Parameter(property = MigrateProperties.FILE_TEMPLATE, defaultValue = "{date}_{time}_{rev}_{slug}")
    private String fileTemplate;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private ProjectDependenciesResolver dependencies;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + mojoExecution.getGoal() + " because " + MigrateProperties.SKIP
                    + " is true");
            return;
        }
        if (aggregatorWithoutMigrations()) {
            getLog().info("Skipping migrate:" + mojoExecution.getGoal() + " on " + project.getArtifactId()
                    + ": a pom project of a multi-module build without a migrations directory ("
                    + basedir.toPath().relativize(migrations.toPath().toAbsolutePath()) + ")");
            return;
        }
        secrets = Secrets.of(
                new DatabaseConfig(String.valueOf(url), user, password),
                scratchUrl == null ? null : new DatabaseConfig(scratchUrl, null, null));
        try {
            database = resolveDatabase();
            secrets = secrets.and(Secrets.of(database));
            if (database.url().startsWith("jdbc:sqlite:")) {
                SqliteNativeLibrary.load(
                        getClass().getClassLoader(),
                        buildDirectory.toPath().resolve("migrate").resolve("native"),
                        getLog()::debug);
            }
            try (ProjectJavaMigrations java =
                    ProjectJavaMigrations.find(project, session, dependencies, migrations.toPath(), migrateLog())) {
                Migrate migrate = new Migrate(config(java.migrations()));
                java.run(() -> run(migrate));
            }
        } catch (MigrateException e) {
            throw HelpfulMessages.failure(e.redact(secrets::redact), targetProperty());
        } catch (UncheckedIOException e) {
            throw redacted(HelpfulMessages.failure(e));
        } catch (MojoFailureException e) {
            throw redacted(e);
        } catch (MojoExecutionException e) {
            throw new MojoExecutionException(secrets.redact(e.getMessage()), redacted(e.getCause()));
        }
    }

    /**
     * Whether this is a parent or aggregator of the build, not a project with migrations: a goal run from the root of
     * a multi-module build reaches it first, and should pass it by, not fail. A project alone is never passed by.
     */
    private boolean aggregatorWithoutMigrations() {
        return "pom".equals(project.getPackaging())
                && session.getProjects().size() > 1
                && !migrations.isDirectory()
                && skipsAggregators();
    }

    /** Whether the goal passes by a pom project without migrations in a multi-module build; init creates them. */
    protected boolean skipsAggregators() {
        return true;
    }

    /** Every line a goal prints passes through here: no secret of the run reaches Maven's log. */
    @Override
    public Log getLog() {
        return new RedactingMavenLog(super.getLog(), text -> secrets.redact(text));
    }

    private Secrets secrets = Secrets.NONE;

    /** The text with every secret this run knows of masked, for what is printed without the log. */
    protected String redact(String text) {
        return secrets.redact(text);
    }

    private MojoFailureException redacted(MojoFailureException e) {
        return new MojoFailureException(secrets.redact(e.getMessage()), redacted(e.getCause()));
    }

    private Throwable redacted(Throwable cause) {
        return cause == null ? null : RedactedThrowable.copy(cause, secrets::redact);
    }

    /** The goal itself: parse parameters, call one engine command, report the result. */
    protected abstract void run(Migrate migrate) throws MojoFailureException, MojoExecutionException;

    private MigrateConfig config(List<JavaMigration> javaMigrations) throws MojoFailureException {
        return MigrateConfig.builder(database(), migrations.toPath())
                .versionTable(versionTable)
                .transactionMode(transactionMode())
                .fileTemplate(fileTemplate)
                .workDirectory(buildDirectory.toPath().resolve("migrate"))
                .scriptIndex(buildDirectory.toPath().resolve("migrate").resolve("script-index.tsv"))
                .scratch(
                        blankToNull(scratchUrl) == null
                                ? null
                                : new DatabaseConfig(scratchUrl.strip(), database.user(), database.password())
                                        .resolvedAgainst(basedir.toPath()))
                .scratchOverwrite(scratchOverwrite)
                .ignore(ignore == null ? List.of() : List.of(ignore.split(",")))
                .log(migrateLog())
                .vocabulary(MavenWords.INSTANCE)
                .javaMigrations(javaMigrations)
                .build();
    }

    private DatabaseConfig database;

    /** The database, as resolved when the goal started. */
    protected DatabaseConfig database() {
        return database;
    }

    private DatabaseConfig resolveDatabase() throws MojoFailureException {
        ConnectionSettings c = ConnectionSettings.of(
                new ConnectionSettings(url, user, password, serverId), session.getUserProperties());
        String u = blankToNull(c.url());
        if (u == null) {
            u = blankToNull(System.getenv(MigrateProperties.URL_VARIABLE));
        }
        if (u == null) {
            u = "jdbc:sqlite:" + basedir.toPath().resolve(artifactId + ".db");
        }
        Credentials credentials =
                Credentials.resolve(c.user(), c.password(), c.serverId(), settings, decrypter, System.getenv());
        return new DatabaseConfig(u.strip(), credentials.user, credentials.password).resolvedAgainst(basedir.toPath());
    }

    private TransactionMode transactionMode() throws MojoFailureException {
        try {
            return TransactionMode.valueOf(transaction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.TRANSACTION,
                    "'" + transaction + "' is not a mode",
                    "Use 'each' (one transaction per migration, the default) or 'all' (one for the whole run).");
        }
    }

    /** The parameter that names revisions for this goal, so that a bad one is reported under its own name. */
    protected String targetProperty() {
        return MigrateProperties.TARGET;
    }

    protected MigrateLog migrateLog() {
        return new MavenMigrateLog(getLog());
    }

    protected boolean interactive() {
        return session.getRequest().isInteractiveMode();
    }

    protected MavenProject project() {
        return project;
    }

    protected MavenSession session() {
        return session;
    }

    protected MojoExecution mojoExecution() {
        return mojoExecution;
    }

    /** The migrations directory, as configured. */
    protected Path migrationsDirectory() {
        return migrations.toPath();
    }

    protected String goal() {
        return mojoExecution.getGoal();
    }

    /** "Database: jdbc:sqlite:/path/app.db", secrets masked. */
    protected void logDatabase() {
        getLog().info("Database: " + database().maskedUrl());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
