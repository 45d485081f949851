package dev.migrate.maven;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.TargetException;
import dev.migrate.runtime.EditedScriptException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.ScriptFormatException;
import org.apache.maven.plugin.MojoFailureException;

import java.io.UncheckedIOException;

/** Turns each kind of engine error into one message for the build log, naming the parameter or file at fault. */
final class HelpfulMessages {
    private HelpfulMessages() {}

    static MojoFailureException failure(MigrateException e, String targetProperty) {
        String lead;
        if (e instanceof ScriptFormatException) {
            lead = "Invalid migration script ";
        } else if (e instanceof GraphException) {
            lead = "The migration scripts do not form a valid revision graph: ";
        } else if (e instanceof TargetException) {
            lead = "Invalid target (-D" + targetProperty + "): ";
        } else if (e instanceof EditedScriptException || e instanceof MigrationFailedException) {
            lead = "";
        } else if (e instanceof DatabaseException) {
            lead = "Database error: ";
        } else {
            lead = "";
        }
        String hint =
                e.remedy() == null ? "" : System.lineSeparator() + e.remedy().render(MavenWords.INSTANCE);
        return new MojoFailureException(lead + e.getMessage() + hint, e);
    }

    static MojoFailureException failure(UncheckedIOException e) {
        return new MojoFailureException(e.getMessage(), e);
    }

    static MojoFailureException parameter(String property, String problem, String fix) {
        return new MojoFailureException("Parameter " + property + ": " + problem + System.lineSeparator() + fix);
    }
}
