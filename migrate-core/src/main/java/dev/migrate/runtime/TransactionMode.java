package dev.migrate.runtime;

/** How a run uses transactions. */
public enum TransactionMode {
    /** Each migration commits with its version-table update: a failure keeps the migrations before it. */
    EACH,
    /** The whole run is one transaction: a failure keeps nothing. */
    ALL
}
