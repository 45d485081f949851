package dev.migrate.graph;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;

/** A target such as {@code head}, {@code ae10+2} or {@code -1} that names no revision, or more than one. */
public class TargetException extends MigrateException {
    public TargetException(String message, String hint) {
        super(message, hint);
    }

    public TargetException(String message, Remedy remedy) {
        super(message, remedy);
    }
}
