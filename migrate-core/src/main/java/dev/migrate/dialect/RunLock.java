package dev.migrate.dialect;

/** The lock held for the whole of a migrate run. */
public interface RunLock extends AutoCloseable {
    @Override
    void close();
}
