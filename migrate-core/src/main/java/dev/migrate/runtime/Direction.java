package dev.migrate.runtime;

public enum Direction {
    UPGRADE,
    DOWNGRADE;

    /** The word stored in the history table. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
