package dev.migrate.script;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything a new script file says. The SQL sections come empty, from autogenerate, or from a merge. */
public record NewRevision(
        String id,
        List<String> parents,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        Instant created,
        boolean transactional,
        String upgradeSql,
        String downgradeSql) {}
