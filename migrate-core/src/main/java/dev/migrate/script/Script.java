package dev.migrate.script;

import dev.migrate.graph.Revision;

/**
 * A migration script: the revision its header declares, and its two sections. {@code location} names it in
 * messages (a file's path, or {@code classpath:db/migrations/0001_init.sql}).
 */
public final class Script {
    private final String location;
    private final String fileName;
    private final Revision revision;
    private final boolean transactional;
    private final ScriptBody body;

    Script(String location, String fileName, Revision revision, boolean transactional, ScriptBody body) {
        this.location = location;
        this.fileName = fileName;
        this.revision = revision;
        this.transactional = transactional;
        this.body = body;
    }

    /** Where the script is, as messages name it. */
    public String location() {
        return location;
    }

    /** The script's file name, without its directory. */
    public String fileName() {
        return fileName;
    }

    public Revision revision() {
        return revision;
    }

    public String id() {
        return revision.id();
    }

    /** False when the header says {@code -- transactional: false}, e.g. for CREATE INDEX CONCURRENTLY. */
    public boolean transactional() {
        return transactional;
    }

    public ScriptBody body() {
        return body;
    }

    @Override
    public String toString() {
        return fileName;
    }
}
