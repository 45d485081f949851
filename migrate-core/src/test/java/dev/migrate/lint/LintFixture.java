package dev.migrate.lint;

import dev.migrate.Fixtures;
import dev.migrate.dialect.Dialect;
import dev.migrate.script.ScriptDirectory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Two revisions in a directory: r1 builds what the test starts from, r2 is linted after it, as Migrate.lint does. */
record LintFixture(Path dir, Dialect dialect, Optional<ServerVersion> version) {
    LintFixture(Path dir, Dialect dialect) {
        this(dir, dialect, Optional.empty());
    }

    LintFixture on(ServerVersion server) {
        return new LintFixture(dir, dialect, Optional.of(server));
    }

    /** The rules found in r2's upgrade (run in a transaction) after r1's. */
    List<String> after(String before, String upgrade) {
        return lint(before, upgrade, "x", true);
    }

    List<String> lint(String before, String upgrade, String downgrade, boolean transactional) {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1").up(before).write();
        Fixtures.ScriptFile r2 =
                Fixtures.script(migrations, "r2").revises("r1").up(upgrade).down(downgrade);
        if (!transactional) {
            r2.header("-- transactional: false");
        }
        r2.write();
        ScriptDirectory scripts = ScriptDirectory.load(migrations);
        Linter linter =
                new Linter(dialect.lintRules(), Map.of(), dialect.splitter(), dialect.transactionalDdl(), version);
        return linter
                .lint(List.of(scripts.script("r1")), List.of(scripts.script("r2")), Set.of("r2"))
                .findings()
                .stream()
                .map(Finding::rule)
                .toList();
    }
}
