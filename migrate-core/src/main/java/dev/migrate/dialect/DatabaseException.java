package dev.migrate.dialect;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;

/** The database could not be reached, or answered with an error outside any migration script. */
public class DatabaseException extends MigrateException {
    public DatabaseException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }

    public DatabaseException(String message, Remedy remedy, Throwable cause) {
        super(message, remedy, cause);
    }
}
