package dev.migrate.script;

/** The fixed words of the script format. Users' files and documentation depend on them: never change them. */
public final class ScriptMarkers {
    public static final String UPGRADE = "-- migrate:upgrade";
    public static final String DOWNGRADE = "-- migrate:downgrade";

    public static final String REVISION = "revision";
    public static final String REVISES = "revises";
    public static final String BRANCH_LABELS = "branch-labels";
    public static final String DEPENDS_ON = "depends-on";
    public static final String MESSAGE = "message";
    public static final String CREATED = "created";
    public static final String TRANSACTIONAL = "transactional";
    public static final String REPLACES = "replaces";

    static final java.util.List<String> HEADER_KEYS =
            java.util.List.of(REVISION, REVISES, BRANCH_LABELS, DEPENDS_ON, MESSAGE, CREATED, TRANSACTIONAL, REPLACES);

    private ScriptMarkers() {}
}
