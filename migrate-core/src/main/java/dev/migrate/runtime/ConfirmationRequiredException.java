package dev.migrate.runtime;

import dev.migrate.MigrateException;

/** A run that would throw data away was not confirmed; nothing was changed. */
public class ConfirmationRequiredException extends MigrateException {
    public ConfirmationRequiredException(String warning) {
        super(warning + " Nothing was changed.", "Confirm it (migrate.confirm=yes), or choose a nearer target.");
    }
}
