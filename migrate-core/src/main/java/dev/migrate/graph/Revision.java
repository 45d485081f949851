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
 */
public record Revision(
        String id,
        List<String> parents,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        String source) {

    public Revision {
        parents = List.copyOf(parents);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
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
