package dev.migrate.lint;

/**
 * A rule of the linter: it reads a script's statements and reports the dangerous ones. Rules common to every database
 * are in {@link CommonRules}; a dialect adds its own ({@code Dialect.lintRules()}).
 */
public interface LintRule {
    /** The id a pom and a {@code -- migrate:lint-ignore} comment name it by, e.g. {@code drop-column}. */
    String id();

    /** A few words: {@code Drop a column}. */
    String name();

    Severity severity();

    /** Why the statements it finds are dangerous, in one sentence. */
    String why();

    /** The safe alternative. */
    String instead();

    void check(LintScript script, Findings findings);
}
