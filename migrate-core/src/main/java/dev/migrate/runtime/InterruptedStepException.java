package dev.migrate.runtime;

import dev.migrate.base.MigrateException;

/** Refuses to run while the database is between two revisions after an interrupted step. */
public class InterruptedStepException extends MigrateException {
    public InterruptedStepException(InterruptedStep step, String revisionBefore) {
        super(step.describe() + ". migrate does not go on from an unknown state.", step.remedy(revisionBefore));
    }
}
