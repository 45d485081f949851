package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.dialect.Dialects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The README's rules table lists every rule of every database, with its default severity, and no other. */
class LintRulesDocumentedTest {
    @Test
    void theReadmeTableListsEveryRuleWithItsSeverity() throws IOException {
        Set<LintRule> rules = new LinkedHashSet<>(CommonRules.all());
        for (String url : List.of("jdbc:postgresql://x/y", "jdbc:mariadb://x/y", "jdbc:sqlite:x.db")) {
            rules.addAll(Dialects.forUrl(url).lintRules());
        }
        List<String> expected = new ArrayList<>();
        rules.forEach(r -> expected.add(r.id() + " " + r.severity().name().toLowerCase(java.util.Locale.ROOT)));
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../README.md"))) {
            String[] cells = line.split("(?<!\\\\)\\|");
            if (cells.length > 4
                    && cells[1].strip().matches("`[a-z-]+`")
                    && cells[3].strip().matches("error|warning")) {
                documented.add(cells[1].strip().replace("`", "") + " " + cells[3].strip());
            }
        }
        assertEquals(expected, documented);
    }
}
