package dev.migrate.graph;

import java.util.List;
import java.util.Set;

/**
 * One node of the revision graph, as its script's header declares it.
 *
 * @param id           the revision id
 * @param parents      the revisions this one revises: none for a base, several for a merge
 * @param branchLabels labels that name this revision's branch
 * @param dependsOn    revisions, usually on other branches, that must be applied first
 * @param message      what the revision does
 * @param created      when it was written, as the header says it (ISO-8601)
 * @param source       where it was declared (the script's file name), for messages
 * @param replaces     for a squash's baseline, the revisions it replaces, oldest first: the last is the one whose
 *                     schema it builds, so a database at that revision is at the baseline
 */
public record Revision(
        String id,
        List<String> parents,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        String source,
        List<String> replaces) {

    public Revision {
        parents = List.copyOf(parents);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        replaces = List.copyOf(replaces);
    }

    public Revision(
            String id,
            List<String> parents,
            Set<String> branchLabels,
            List<String> dependsOn,
            String message,
            String created,
            String source) {
        this(id, parents, branchLabels, dependsOn, message, created, source, List.of());
    }

    /** The revision whose schema a squash's baseline builds, the last it replaces. */
    public java.util.Optional<String> squashedTo() {
        return replaces.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(replaces.get(replaces.size() - 1));
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** "3f2a9c1e7b10 (add soft delete)" */
    public String describe() {
        return message == null || message.isBlank() ? id : id + " (" + message + ")";
    }
}
