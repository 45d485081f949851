package dev.migrate.script;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where scripts are read from: directories, and {@code classpath:db/migrations} (a directory on the classpath or
 * entries of a jar, nested jars of a Spring Boot fat jar included), each read in turn and merged into one graph.
 * {@code filesystem:} may prefix a directory; a location without a prefix is one.
 *
 * @param locations as configured, in order
 * @param classLoader whose resources {@code classpath:} locations are; null for the thread's context class loader
 */
public record ScriptLocations(List<String> locations, ClassLoader classLoader) {
    public static final String CLASSPATH = "classpath:";
    public static final String FILESYSTEM = "filesystem:";

    public ScriptLocations {
        locations = List.copyOf(locations);
        if (locations.isEmpty()) {
            throw new MigrateException(
                    "No script location is configured",
                    Remedy.of(
                            "Name at least one with ",
                            Remedy.settings(Setting.MIGRATIONS),
                            ", a directory or classpath:db/migrations."));
        }
        for (String location : locations) {
            if (location.isBlank() || location.strip().equalsIgnoreCase(CLASSPATH)) {
                throw new MigrateException(
                        "The script location '" + location + "' names nothing",
                        Remedy.of(
                                "Write a directory or a classpath path such as classpath:db/migrations in ",
                                Remedy.settings(Setting.MIGRATIONS),
                                "."));
            }
        }
    }

    /** The one directory a project keeps its scripts in. */
    public static ScriptLocations directory(Path directory) {
        return new ScriptLocations(List.of(directory.toString()), null);
    }

    /** Locations separated by commas, as a property gives them. */
    public static ScriptLocations parse(String commaSeparated, ClassLoader classLoader) {
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return new ScriptLocations(out, classLoader);
    }

    static boolean isClasspath(String location) {
        return location.toLowerCase(Locale.ROOT).startsWith(CLASSPATH);
    }

    /** The resource path of a classpath location, without the prefix or slashes around it. */
    static String resourcePath(String location) {
        String path = location.substring(CLASSPATH.length()).strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    static Path directoryOf(String location) {
        return Path.of(
                location.toLowerCase(Locale.ROOT).startsWith(FILESYSTEM)
                        ? location.substring(FILESYSTEM.length())
                        : location);
    }

    /**
     * The directory new revisions are written to: the first directory among the locations, else where a build
     * keeps the first classpath location's resources ({@code src/main/resources/db/migrations}).
     */
    public Path writableDirectory() {
        for (String location : locations) {
            if (!isClasspath(location)) {
                return directoryOf(location);
            }
        }
        return Path.of("src", "main", "resources").resolve(resourcePath(locations.get(0)));
    }

    ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ScriptLocations.class.getClassLoader();
    }
}
