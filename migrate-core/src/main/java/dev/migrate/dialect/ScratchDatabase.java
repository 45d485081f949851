package dev.migrate.dialect;

/** A throw-away database; closing it drops it, whatever happened while it was used. */
public interface ScratchDatabase extends AutoCloseable {
    /** The table by which migrate knows a named scratch database as its own; never part of a schema it reads. */
    String MARKER_TABLE = "migrate_scratch_marker";

    DatabaseConfig config();

    @Override
    void close();
}
