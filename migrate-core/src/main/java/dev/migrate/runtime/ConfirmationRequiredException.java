package dev.migrate.runtime;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

/** A run that would throw data away was not confirmed; nothing was changed. */
public class ConfirmationRequiredException extends MigrateException {
    public ConfirmationRequiredException(String warning) {
        super(
                warning + " Nothing was changed.",
                Remedy.of("Confirm it (", Remedy.assign(Setting.CONFIRM, "yes"), "), or choose a nearer target."));
    }
}
