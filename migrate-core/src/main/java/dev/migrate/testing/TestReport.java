package dev.migrate.testing;

import dev.migrate.diff.SchemaComparison;

import java.util.List;

/**
 * The outcome of migrate:test.
 *
 * @param graphProblems problems of the graph as a whole, such as several heads
 * @param revisions     one result per revision tested, in the order they were applied
 * @param untested      revisions not reached because an earlier one failed
 * @param modelCheck    the model compared with the migrations at head, or null when no model is configured
 */
public record TestReport(
        List<String> graphProblems, List<RevisionResult> revisions, int untested, SchemaComparison modelCheck) {
    public TestReport(List<String> graphProblems, List<RevisionResult> revisions, int untested) {
        this(graphProblems, revisions, untested, null);
    }

    public TestReport withModelCheck(SchemaComparison check) {
        return new TestReport(graphProblems, revisions, untested, check);
    }

    public boolean passed() {
        return graphProblems.isEmpty()
                && untested == 0
                && revisions.stream().allMatch(RevisionResult::passed)
                && (modelCheck == null || modelCheck.matches());
    }

    public long failures() {
        return graphProblems.size()
                + revisions.stream().filter(r -> !r.passed()).count()
                + (modelCheck == null || modelCheck.matches() ? 0 : 1);
    }
}
