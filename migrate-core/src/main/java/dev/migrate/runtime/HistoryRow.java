package dev.migrate.runtime;

/** One row of the history table: a step, stamp or accepted edit, as it was recorded. */
public record HistoryRow(
        long id,
        String revision,
        String action,
        String checksum,
        String appliedBy,
        String appliedAt,
        Long durationMs) {}
