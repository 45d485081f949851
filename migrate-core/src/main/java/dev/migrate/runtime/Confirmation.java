package dev.migrate.runtime;

import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.util.List;
import java.util.Set;

/**
 * Whether the user has said yes to a run that throws data away: a downgrade that ends at base (however its target
 * was spelt: {@code base}, {@code -3} with three applied, {@code <first>-1}) or undoes more than {@code maxSteps}
 * migrations, a reset, a stamp that forgets applied revisions. The runner checks it under the run lock, against the
 * plan made there, so that a plan that grew since the user was asked is refused rather than run.
 *
 * @param given    the user confirmed
 * @param maxSteps how many migrations a downgrade may undo without confirmation
 */
public record Confirmation(boolean given, int maxSteps) {
    public static final int DEFAULT_MAX_STEPS = 5;
    private static final int LISTED = 10;

    public Confirmation {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
    }

    /** For callers that decided already, such as an application migrating itself. */
    public static Confirmation granted() {
        return new Confirmation(true, DEFAULT_MAX_STEPS);
    }

    public static Confirmation required(int maxSteps) {
        return new Confirmation(false, maxSteps);
    }

    /** Refuses {@code warning} (what the run would destroy) unless the user confirmed; null passes. */
    public void check(String warning) {
        if (!given && warning != null) {
            throw new ConfirmationRequiredException(warning);
        }
    }

    /**
     * Why the downgrade {@code steps} from {@code state} needs confirmation, or null when it does not; the setting
     * that allows more steps is named in {@code vocabulary}'s words.
     */
    public String downgradeWarning(List<Step> steps, AppliedState state, String url, Remedy.Vocabulary vocabulary) {
        if (steps.isEmpty()) {
            return null;
        }
        if (steps.size() >= state.applied().size()) {
            return "Downgrading to base undoes every migration of " + url + ", dropping the tables they created and "
                    + "their data: " + steps.size() + " migration(s), " + ids(steps) + ".";
        }
        if (steps.size() > maxSteps) {
            return "This downgrade undoes " + steps.size() + " migration(s) of " + url + " (" + ids(steps)
                    + "), more than the " + maxSteps + " that may be undone without confirmation "
                    + "(" + vocabulary.name(Setting.MAX_UNCONFIRMED_STEPS) + ").";
        }
        return null;
    }

    public static String resetWarning(AppliedState state, String url) {
        return state.applied().isEmpty()
                ? null
                : "Reset undoes every migration of " + url
                        + ", dropping its tables and their data, then applies them all again.";
    }

    public static String stampWarning(Set<String> found, Set<String> target, boolean purge, String url) {
        if (found.isEmpty() || !purge && !target.isEmpty()) {
            return null;
        }
        String at = String.join(", ", found);
        if (!purge) {
            return "Stamping " + url + " at base forgets that it is at " + at + ": the next upgrade runs every "
                    + "migration again over the tables they already created.";
        }
        return "Purging the version table of " + url + " forgets that it is at " + at + " and records "
                + (target.isEmpty() ? "base" : String.join(", ", target)) + " instead, without running any script.";
    }

    private static String ids(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(LISTED, steps.size()); k++) {
            b.append(k == 0 ? "" : ", ").append(steps.get(k).id());
        }
        return b.append(steps.size() > LISTED ? ", ..." : "").toString();
    }
}
