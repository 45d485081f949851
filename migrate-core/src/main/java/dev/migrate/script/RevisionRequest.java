package dev.migrate.script;

import java.util.List;
import java.util.Set;

/**
 * What migrate:revision is asked for.
 *
 * @param message       what the revision does; also its file name's slug
 * @param head          the target its parent is: "head" by default, "base" to start a new branch
 * @param branchLabels  labels for the new revision
 * @param dependsOn     targets the new revision depends on
 * @param id            a chosen id, or null for 12 random hex digits
 * @param transactional false for a script that must run outside a transaction
 * @param upgradeSql    the upgrade section: empty, or what autogenerate found
 * @param downgradeSql  the downgrade section
 */
public record RevisionRequest(
        String message,
        String head,
        Set<String> branchLabels,
        List<String> dependsOn,
        String id,
        boolean transactional,
        String upgradeSql,
        String downgradeSql) {

    /** An empty revision on top of the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, "head", Set.of(), List.of(), null, true, "", "");
    }

    public RevisionRequest withBody(String upgrade, String downgrade) {
        return new RevisionRequest(message, head, branchLabels, dependsOn, id, transactional, upgrade, downgrade);
    }
}
