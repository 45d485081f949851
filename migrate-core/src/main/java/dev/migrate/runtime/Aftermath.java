package dev.migrate.runtime;

import dev.migrate.base.Remedy;

/**
 * What a failed step left behind: {@code text} for the failure's message, and how to recover, or null when the
 * database is as it was (the step rolled back).
 */
record Aftermath(String text, Remedy recovery) {}
