package dev.migrate.base;

import java.util.Locale;

/** The engine's commands, as a remedy names them; each front end has its own word for one (a goal, a method). */
public enum Command {
    INIT,
    REVISION,
    MERGE,
    HEADS,
    BRANCHES,
    HISTORY,
    SHOW,
    CURRENT,
    STATUS,
    UPGRADE,
    DOWNGRADE,
    RESET,
    STAMP,
    TEST,
    CHECK,
    LINT,
    SQUASH;

    /** The command's name in lower case: {@code stamp}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
