package dev.migrate.dialect.sqlite;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.RunLock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A run lock held as an operating-system lock on a file beside the database. The OS releases it when the process
 * dies, so a killed run never leaves a stale lock. OS file locks are per process, so runs within one JVM also queue
 * on an in-process lock.
 */
final class FileRunLock implements RunLock {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private FileRunLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path lockFile, MigrateLog log) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            log.info("Waiting for another migrate run on this database to finish (" + key + ")");
            inProcess.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                log.info("Waiting for another migrate run on this database to finish (" + key + ")");
                lock = channel.lock();
            }
            return new FileRunLock(inProcess, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw new MigrateException(
                    "Cannot lock " + key + ": " + e.getMessage(),
                    "migrate keeps a lock file beside the SQLite database; its directory must be writable.",
                    e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it all the same
        } finally {
            closeQuietly(channel);
            inProcess.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
