package dev.migrate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;

/**
 * Loads sqlite-jdbc's native library from a copy kept under {@code target/migrate/native}, instead of letting the
 * driver unpack it again in every Maven run: the driver copies the library out of its jar to a new temporary file and
 * compares the two byte by byte on each JVM start, which costs about 110 ms of a goal's first connection.
 *
 * <p>The driver reads where to load from only in the system properties {@code org.sqlite.lib.path} and {@code
 * org.sqlite.lib.name}. They are set just while the plugin's copy of the driver loads the library, then restored, so
 * another plugin of the build with another sqlite-jdbc does not load this one's library. A user who set them keeps
 * them: nothing is done. Whatever goes wrong here only means the driver unpacks the library itself, as before.
 */
final class SqliteNativeLibrary {
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";
    private static final Object LOADING = new Object();

    private SqliteNativeLibrary() {}

    /** Loads the library of the driver in {@code loader} from {@code cache} (unpacked there the first time). */
    static void load(ClassLoader loader, Path cache, Consumer<String> debug) {
        if (System.getProperty(LIB_PATH) != null || System.getProperty(LIB_NAME) != null) {
            return;
        }
        synchronized (LOADING) {
            try {
                Class<?> osInfo = loader.loadClass("org.sqlite.util.OSInfo");
                String folder = (String)
                        osInfo.getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
                String name = System.mapLibraryName("sqlitejdbc");
                URL resource = loader.getResource("org/sqlite/native/" + folder + "/" + name);
                if (resource == null) {
                    return;
                }
                Path copy = copy(resource, cache.resolve("sqlite-jdbc").resolve(folder), name, debug);
                if (copy != null) {
                    initialize(loader, copy);
                }
            } catch (ReflectiveOperationException | IOException | LinkageError | RuntimeException e) {
                debug.accept("SQLite's native library is left to the driver to unpack: " + e);
            }
        }
    }

    /** The kept copy of the library, unpacked unless one of the same size and CRC is there already. */
    private static Path copy(URL resource, Path folder, String name, Consumer<String> debug) throws IOException {
        URLConnection connection = resource.openConnection();
        if (!(connection instanceof JarURLConnection)) {
            return null;
        }
        connection.setUseCaches(false);
        ZipEntry entry = ((JarURLConnection) connection).getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
            return null;
        }
        Path dir = folder.resolve(Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
        Path copy = dir.resolve(name);
        if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
            debug.accept("SQLite's native library: reused " + copy);
            return copy;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".partial");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        debug.accept("SQLite's native library: unpacked to " + copy);
        return copy;
    }

    private static void initialize(ClassLoader loader, Path copy) throws ReflectiveOperationException {
        System.setProperty(LIB_PATH, copy.getParent().toAbsolutePath().toString());
        System.setProperty(LIB_NAME, copy.getFileName().toString());
        try {
            loader.loadClass("org.sqlite.SQLiteJDBCLoader")
                    .getMethod("initialize")
                    .invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        } finally {
            System.clearProperty(LIB_PATH);
            System.clearProperty(LIB_NAME);
        }
    }
}
