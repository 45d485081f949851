package dev.migrate.runtime;

import java.util.List;
import java.util.Set;

/**
 * What a run did: the steps it took, the version table's heads before and after, and how long the steps took from
 * the first one's start to the last one's commit.
 */
public record RunResult(List<Step> steps, Set<String> headsBefore, Set<String> headsAfter, long millis) {
    public RunResult(List<Step> steps, Set<String> headsBefore, Set<String> headsAfter) {
        this(steps, headsBefore, headsAfter, 0);
    }
}
