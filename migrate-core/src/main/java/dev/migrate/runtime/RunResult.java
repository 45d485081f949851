package dev.migrate.runtime;

import java.util.List;
import java.util.Set;

/** What a run did: the steps it took and the version table's heads before and after. */
public record RunResult(List<Step> steps, Set<String> headsBefore, Set<String> headsAfter) {}
