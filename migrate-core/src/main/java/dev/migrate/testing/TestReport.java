package dev.migrate.testing;

import java.util.List;

/**
 * The outcome of migrate:test.
 *
 * @param graphProblems problems of the graph as a whole, such as several heads
 * @param revisions     one result per revision tested, in the order they were applied
 * @param untested      revisions not reached because an earlier one failed
 */
public record TestReport(List<String> graphProblems, List<RevisionResult> revisions, int untested) {
    public boolean passed() {
        return graphProblems.isEmpty() && untested == 0 && revisions.stream().allMatch(RevisionResult::passed);
    }

    public long failures() {
        return graphProblems.size() + revisions.stream().filter(r -> !r.passed()).count();
    }
}
