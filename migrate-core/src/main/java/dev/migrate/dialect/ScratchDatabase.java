package dev.migrate.dialect;

/** A throw-away database; closing it drops it, whatever happened while it was used. */
public interface ScratchDatabase extends AutoCloseable {
    DatabaseConfig config();

    @Override
    void close();
}
