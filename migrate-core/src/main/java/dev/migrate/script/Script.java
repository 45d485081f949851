package dev.migrate.script;

import dev.migrate.graph.Revision;

import java.nio.file.Path;

/** A migration script file: the revision its header declares, and its two sections. */
public final class Script {
    private final Path path;
    private final Revision revision;
    private final boolean transactional;
    private final ScriptBody body;

    Script(Path path, Revision revision, boolean transactional, ScriptBody body) {
        this.path = path;
        this.revision = revision;
        this.transactional = transactional;
        this.body = body;
    }

    public Path path() {
        return path;
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
        return path.getFileName().toString();
    }
}
