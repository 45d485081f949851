package dev.migrate.script;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a new script file says. The SQL sections come empty, from autogenerate, or from a merge; a squash's
 * baseline also names the revisions it replaces.
 */
public record NewRevision(
        String id,
        List<String> parents,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        Instant created,
        boolean transactional,
        String upgradeSql,
        String downgradeSql,
        List<String> replaces) {

    public NewRevision {
        replaces = List.copyOf(replaces);
    }

    public NewRevision(
            String id,
            List<String> parents,
            Set<String> branchLabels,
            List<String> dependsOn,
            String message,
            Instant created,
            boolean transactional,
            String upgradeSql,
            String downgradeSql) {
        this(
                id,
                parents,
                branchLabels,
                dependsOn,
                message,
                created,
                transactional,
                upgradeSql,
                downgradeSql,
                List.of());
    }
}
