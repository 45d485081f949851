package dev.migrate.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The version table as read, without judging it against the scripts.
 *
 * @param heads     the version table's rows
 * @param history   the history table's rows, oldest first
 * @param checksums per revision, the checksum of its upgrade section when it last ran or was accepted
 */
public record DatabaseState(Set<String> heads, List<HistoryRow> history, Map<String, String> checksums) {
    public static final DatabaseState EMPTY = new DatabaseState(Set.of(), List.of(), Map.of());
}
