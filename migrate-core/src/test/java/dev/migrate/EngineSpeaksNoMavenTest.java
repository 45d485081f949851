package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The engine runs inside applications too, so no text it shows may tell the user to run Maven or set a Maven
 * property: its remedies are data ({@code dev.migrate.base.Remedy}) that each front end puts in its own words.
 * This scans every string literal of the engine's sources; comments may mention Maven.
 */
class EngineSpeaksNoMavenTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    private static final Pattern MAVEN = Pattern.compile("(?i)\\bmvn\\b|-Dmigrate|(?<![\\w.])migrate\\.[a-z]|\\bpom\\b"
            + "|<dependency>|<plugin>|\\bmaven\\b|\\bgoals?\\b"
            // a goal; the script markers (-- migrate:upgrade) and rename comments (migrate:renamed_from) are no goals
            + "|(?<!-- )migrate:(?!renamed_from)[a-z]");

    @Test
    void noStringLiteralOfTheEngineNamesMavenWords() throws IOException {
        List<String> found = new ArrayList<>();
        int literals = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = withoutComments(Files.readString(file));
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    literals++;
                    if (MAVEN.matcher(m.group()).find()) {
                        found.add(SOURCES.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(literals > 1000, "the scan reads the sources: " + literals + " literals");
        assertEquals(List.of(), found);
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        for (String text : List.of(
                "\"run mvn migrate:stamp\"",
                "\"-Dmigrate.target=x\"",
                "\"(migrate.url)\"",
                "\"in your pom\"",
                "\"run the goal again\"",
                "\"a Maven build\"",
                "\"Use migrate:upgrade\"")) {
            assertTrue(MAVEN.matcher(text).find(), text);
        }
        for (String text :
                List.of("\"dev.migrate.dialect.Dialect\"", "\"-- migrate:upgrade\"", "\"migrate:renamed_from\"")) {
            assertTrue(!MAVEN.matcher(text).find(), text);
        }
    }

    /** The code with comments blanked, leaving string literals that hold comment markers alone. */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(LITERAL.pattern() + "|" + COMMENT.pattern()).matcher(code);
        int done = 0;
        while (m.find()) {
            out.append(code, done, m.start());
            out.append(m.group().startsWith("\"") ? m.group() : " ");
            done = m.end();
        }
        return out.append(code.substring(done)).toString();
    }
}
