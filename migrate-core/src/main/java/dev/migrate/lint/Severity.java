package dev.migrate.lint;

/** What a finding does to the run: an error fails it, a warning is reported, off silences the rule. */
public enum Severity {
    OFF,
    WARNING,
    ERROR
}
