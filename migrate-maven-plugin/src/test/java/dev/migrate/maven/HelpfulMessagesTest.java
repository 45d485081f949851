package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.DatabaseException;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.TargetException;
import dev.migrate.script.ScriptFormatException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** One build failure message per engine error: a lead naming what is at fault, the message, the remedy in Maven words. */
class HelpfulMessagesTest {
    private static final String NL = System.lineSeparator();

    @Test
    void aTargetErrorNamesTheTargetPropertyAndTheRemedyInMavenWords() {
        TargetException e = new TargetException(
                "The scripts have 2 heads: a, b",
                Remedy.of("Merge them with ", Remedy.run(Command.MERGE), ", or name one head."));
        MojoFailureException f = HelpfulMessages.failure(e, "migrate.target");
        assertEquals(
                "Invalid target (-Dmigrate.target): The scripts have 2 heads: a, b" + NL
                        + "Merge them with mvn migrate:merge, or name one head.",
                f.getMessage());
        assertSame(e, f.getCause());
    }

    @Test
    void eachKindOfErrorHasItsLead() {
        assertEquals(
                "Invalid migration script a.sql:3: no upgrade section",
                HelpfulMessages.failure(
                                new ScriptFormatException("a.sql", 3, "no upgrade section", (String) null),
                                "migrate.target")
                        .getMessage());
        assertEquals(
                "The migration scripts do not form a valid revision graph: a cycle" + NL + "Break it.",
                HelpfulMessages.failure(new GraphException("a cycle", "Break it."), "migrate.target")
                        .getMessage());
        assertEquals(
                "Database error: refused" + NL + "Check the 'url' parameter (migrate.url).",
                HelpfulMessages.failure(
                                new DatabaseException(
                                        "refused", Remedy.of("Check ", Remedy.settings(Setting.URL), "."), null),
                                "migrate.target")
                        .getMessage());
        assertEquals(
                "Stamp it: mvn migrate:stamp -Dmigrate.target=r1 -Dmigrate.purge=true",
                HelpfulMessages.failure(
                                new MigrateException(
                                        "Stamp it: ",
                                        Remedy.of(Remedy.run(
                                                Command.STAMP,
                                                Remedy.assign(Setting.TARGET, "r1"),
                                                Remedy.assign(Setting.PURGE, "true")))),
                                "migrate.target")
                        .getMessage()
                        .replace(NL, ""));
    }

    @Test
    void aParameterProblemNamesTheProperty() {
        assertEquals(
                "Parameter migrate.url: is empty" + NL + "Set it.",
                HelpfulMessages.parameter("migrate.url", "is empty", "Set it.").getMessage());
    }
}
