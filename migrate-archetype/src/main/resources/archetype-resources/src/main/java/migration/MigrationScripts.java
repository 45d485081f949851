package ${package}.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The migration scripts on the classpath ({@code src/main/resources/db/migrations}) as the directory migrate-core
 * reads them from.
 *
 * <p>Under {@code mvn spring-boot:run} and in tests the classpath is {@code target/classes}, a real directory, and
 * migrate reads it in place. In the packaged jar the scripts are entries of the jar, not files, so they are copied
 * to a temporary directory that is deleted again once the upgrade is done. Copying every time instead would also
 * work, but reading in place means migrate's messages name the real files during development.
 */
public class MigrationScripts {

    private final String location;
    private final ClassLoader classLoader;

    /** @param location a classpath directory such as {@code db/migrations} */
    public MigrationScripts(String location, ClassLoader classLoader) {
        this.location = location;
        this.classLoader = classLoader;
    }

    /** The scripts as a directory; close it when done (it deletes the temporary copy, if one was made). */
    public Directory open() {
        URL url = classLoader.getResource(location);
        if (url == null) {
            throw new IllegalStateException("No migrations on the classpath at " + location
                    + ": the scripts belong in src/main/resources/" + location);
        }
        if ("file".equals(url.getProtocol())) {
            return new Directory(toPath(url), false);
        }
        return new Directory(copyToTemporaryDirectory(), true);
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the migrations directory " + url, e);
        }
    }

    private Path copyToTemporaryDirectory() {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        try {
            Path directory = Files.createTempDirectory("migrations-");
            for (Resource script : resolver.getResources("classpath*:" + location + "/*.sql")) {
                try (InputStream in = script.getInputStream()) {
                    Files.copy(in, directory.resolve(script.getFilename()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the migrations out of the jar", e);
        }
    }

    /** A directory of scripts; closing it deletes the directory when it is a temporary copy. */
    public static final class Directory implements AutoCloseable {

        private final Path path;
        private final boolean temporary;

        Directory(Path path, boolean temporary) {
            this.path = path;
            this.temporary = temporary;
        }

        public Path path() {
            return path;
        }

        @Override
        public void close() {
            if (!temporary) {
                return;
            }
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the temporary copy of the migrations " + path, e);
            }
        }
    }
}
