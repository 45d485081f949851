package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.Command;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The engine's remedies in Maven words: each command is a goal of this plugin, each setting one of its properties. */
class MavenWordsTest {
    /** The plugin descriptor maven-plugin-plugin wrote from the mojos' annotations. */
    private static String descriptor() throws IOException {
        return Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
    }

    @Test
    void everyCommandIsAGoal() throws IOException {
        String descriptor = descriptor();
        for (Command c : Command.values()) {
            assertTrue(descriptor.contains("<goal>" + c.key() + "</goal>"), c + " has no goal " + MavenWords.goal(c));
        }
    }

    @Test
    void everySettingIsAPropertyOfAGoal() throws IOException {
        String descriptor = descriptor();
        for (Setting s : Setting.values()) {
            String property = MavenWords.property(s);
            assertEquals("migrate." + s.key(), property);
            assertTrue(descriptor.contains("${" + property + "}"), property + " is no parameter's property");
        }
    }

    @Test
    void aRemedyReadsAsTheBuildLogShowsIt() {
        Remedy r = Remedy.of(
                "Either run ",
                Remedy.run(Command.STAMP, Remedy.assign(Setting.TARGET, "r1"), Remedy.assign(Setting.PURGE, "true")),
                ", or check ",
                Remedy.settings(Setting.URL),
                " and ",
                Remedy.settings(Setting.URL, Setting.USER, Setting.PASSWORD),
                "; set ",
                Remedy.name(Setting.CONFIRM),
                " (",
                Remedy.assign(Setting.CONFIRM, "yes"),
                "), then ",
                Remedy.RETRY,
                ". ",
                new Remedy.AddDriver("org.postgresql:postgresql"));
        assertEquals(
                "Either run mvn migrate:stamp -Dmigrate.target=r1 -Dmigrate.purge=true, or check the 'url' "
                        + "parameter (migrate.url) and the 'url', 'user' and 'password' parameters (migrate.url, migrate.user, "
                        + "migrate.password); set migrate.confirm (migrate.confirm=yes), then run the goal again. Add "
                        + "org.postgresql:postgresql as a <dependency> of migrate-maven-plugin in your pom (inside its <plugin> "
                        + "element), or to your application's classpath when it runs migrate itself.",
                r.render(MavenWords.INSTANCE));
        assertEquals(
                "Either run Migrate.stamp with target=r1, purge=true, or check DatabaseConfig.url and "
                        + "DatabaseConfig.url, DatabaseConfig.user and DatabaseConfig.password; set Confirmation.granted() "
                        + "(confirm=yes), then call it again. Add org.postgresql:postgresql to the application's classpath.",
                r.toString());
    }
}
