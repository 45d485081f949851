package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.MigrateLog;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.TransactionMode;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What every goal shares: the database, the scripts directory, skipping, and turning engine errors into build
 * failures with one helpful message and no stack trace (unless Maven runs with -e or -X).
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /** Skips the goal, saying so in the log. */
    @Parameter(property = MigrateProperties.SKIP, defaultValue = "false")
    private boolean skip;

    /** JDBC URL of the database. A relative SQLite path is taken from the project's directory. */
    @Parameter(property = MigrateProperties.URL, defaultValue = MigrateProperties.DEFAULT_URL)
    private String url;

    /** Database user. */
    @Parameter(property = MigrateProperties.USER)
    private String user;

    /** Database password. Never written to the log. */
    @Parameter(property = MigrateProperties.PASSWORD)
    private String password;

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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + mojoExecution.getGoal() + " because " + MigrateProperties.SKIP
                    + " is true");
            return;
        }
        try {
            run(new Migrate(config()));
        } catch (MigrateException e) {
            throw HelpfulMessages.failure(e, targetProperty());
        } catch (UncheckedIOException e) {
            throw HelpfulMessages.failure(e);
        }
    }

    /** The goal itself: parse parameters, call one engine command, report the result. */
    protected abstract void run(Migrate migrate) throws MojoFailureException, MojoExecutionException;

    private MigrateConfig config() throws MojoFailureException {
        return MigrateConfig.builder(database(), migrations.toPath())
                .versionTable(versionTable)
                .transactionMode(transactionMode())
                .fileTemplate(fileTemplate)
                .workDirectory(buildDirectory.toPath().resolve("migrate"))
                .log(migrateLog())
                .build();
    }

    protected DatabaseConfig database() {
        String u = url == null || url.isBlank() ? null : url.strip();
        return new DatabaseConfig(u == null ? "" : u, blankToNull(user), blankToNull(password))
                .resolvedAgainst(basedir.toPath());
    }

    private TransactionMode transactionMode() throws MojoFailureException {
        try {
            return TransactionMode.valueOf(transaction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HelpfulMessages.parameter(MigrateProperties.TRANSACTION, "'" + transaction + "' is not a mode",
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
