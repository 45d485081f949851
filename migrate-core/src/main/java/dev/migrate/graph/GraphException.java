package dev.migrate.graph;

import dev.migrate.base.MigrateException;

/** The scripts do not form a valid revision graph: duplicate ids, missing parents, cycles. */
public class GraphException extends MigrateException {
    public GraphException(String message, String hint) {
        super(message, hint);
    }
}
