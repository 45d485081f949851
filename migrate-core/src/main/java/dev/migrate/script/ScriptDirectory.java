package dev.migrate.script;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scripts: every {@code *.sql} file of the migrations directory, or of each {@link ScriptLocations location},
 * read and joined into the revision graph.
 */
public final class ScriptDirectory {
    private static final String SUFFIX = ".sql";
    private final Path directory;
    private final Map<String, Script> byId = new HashMap<>();
    private final RevisionGraph graph;

    private ScriptDirectory(Path directory, List<Script> scripts) {
        this.directory = directory;
        List<Revision> revisions = new ArrayList<>(scripts.size());
        for (Script s : scripts) {
            byId.putIfAbsent(s.id(), s);
            revisions.add(s.revision());
        }
        this.graph = new RevisionGraph(revisions);
    }

    public static ScriptDirectory load(Path directory) {
        return load(directory, MigrateLog.SILENT);
    }

    /** Creates an empty migrations directory; refuses when it exists already. */
    public static Path create(Path dir) {
        if (Files.exists(dir)) {
            throw new MigrateException(
                    "migrate is already initialised: " + dir + " exists",
                    Remedy.of(
                            "Create revisions with ",
                            Remedy.run(Command.REVISION),
                            "; delete the directory first " + "to start over."));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot create " + dir + ": " + e.getMessage(), "Check that the project directory is writable.", e);
        }
        return dir;
    }

    /** Reads every script; {@code log} is warned about each entry of the directory that is not one, and why. */
    public static ScriptDirectory load(Path directory, MigrateLog log) {
        return new ScriptDirectory(directory, readDirectory(directory, log));
    }

    /**
     * Reads the scripts of every location, in order, into one graph; new revisions go to
     * {@link ScriptLocations#writableDirectory()}.
     */
    public static ScriptDirectory load(ScriptLocations locations, MigrateLog log) {
        return load(locations, List.of(), log);
    }

    /**
     * Reads the scripts and Java migrations of every location, in order, and {@code javaMigrations} besides, into
     * one graph. A class of a location that is among {@code javaMigrations} is taken as handed in (a Spring bean
     * with its dependencies), not created again.
     */
    public static ScriptDirectory load(
            ScriptLocations locations, Collection<? extends JavaMigration> javaMigrations, MigrateLog log) {
        return load(locations, javaMigrations, log, null);
    }

    /**
     * As {@link #load(ScriptLocations, Collection, MigrateLog)}, taking the scripts of directories whose files did
     * not change since the last run from {@code indexFile} ({@link ScriptIndex}) when it is not null.
     */
    public static ScriptDirectory load(
            ScriptLocations locations,
            Collection<? extends JavaMigration> javaMigrations,
            MigrateLog log,
            Path indexFile) {
        ScriptIndex index = indexFile == null ? null : ScriptIndex.open(indexFile);
        List<Script> scripts = new ArrayList<>(JavaMigrations.scripts(javaMigrations));
        Set<String> handedIn = JavaMigrations.classNames(javaMigrations);
        for (String location : locations.locations()) {
            if (ScriptLocations.isClasspath(location)) {
                ClasspathScripts.Found found = ClasspathScripts.read(location, locations.loader(), log, true);
                scripts.addAll(found.scripts());
                scripts.addAll(JavaMigrations.scripts(
                        JavaMigrations.create(found.classNames(), handedIn, locations.loader(), location, log)));
            } else {
                scripts.addAll(readDirectory(ScriptLocations.directoryOf(location), log, index));
            }
        }
        if (index != null) {
            index.save();
        }
        return new ScriptDirectory(locations.writableDirectory(), scripts);
    }

    private static List<Script> readDirectory(Path directory, MigrateLog log) {
        return readDirectory(directory, log, null);
    }

    private static List<Script> readDirectory(Path directory, MigrateLog log, ScriptIndex index) {
        if (Files.isRegularFile(directory)) {
            throw new MigrateException(
                    "The migrations path " + directory + " is a file, not a directory",
                    Remedy.of(
                            "Point ",
                            Remedy.settings(Setting.MIGRATIONS),
                            " at the directory that holds your " + "scripts."));
        }
        if (!Files.isDirectory(directory)) {
            throw new MigrateException(
                    "The migrations directory " + directory + " does not exist",
                    Remedy.of(
                            "Create it with ",
                            Remedy.run(Command.INIT),
                            ", or point ",
                            Remedy.settings(Setting.MIGRATIONS),
                            " at the directory that holds your scripts."));
        }
        return listScripts(directory, null, log, null, index);
    }

    /**
     * The scripts of a directory that exists, each named {@code shownPrefix} and its file name (a classpath
     * directory's: {@code classpath:db/migrations/}), or by its path when {@code shownPrefix} is null.
     */
    static List<Script> listScripts(Path directory, String shownPrefix, MigrateLog log) {
        return listScripts(directory, shownPrefix, log, null, null);
    }

    static List<Script> listScripts(Path directory, String shownPrefix, MigrateLog log, List<String> classFiles) {
        return listScripts(directory, shownPrefix, log, classFiles, null);
    }

    /**
     * As {@link #listScripts(Path, String, MigrateLog)}; a classpath directory's {@code .class} files are added to
     * {@code classFiles}, by file name, when it is not null.
     */
    private static List<Script> listScripts(
            Path directory, String shownPrefix, MigrateLog log, List<String> classFiles, ScriptIndex index) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path entry : listing.sorted().collect(Collectors.toList())) {
                String why = notAScript(entry);
                String shown = shownPrefix == null ? entry.toString() : shownPrefix + entry.getFileName();
                if (classFiles != null
                        && JavaMigrations.isClassFile(entry.getFileName().toString())) {
                    if (Files.isRegularFile(entry)) {
                        classFiles.add(entry.getFileName().toString());
                    }
                } else if (why == null) {
                    files.add(entry);
                } else if (entry.getFileName().toString().startsWith(".")) {
                    log.debug("Not a script, skipped: " + shown + " (" + why + ")");
                } else {
                    log.warn("Not a script, skipped: " + shown + " (" + why + ")");
                }
            }
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot list " + directory + ": " + e.getMessage(), "Check that the directory is readable.", e);
        }
        List<Script> scripts = new ArrayList<>(files.size());
        for (Path file : files) {
            scripts.add(
                    shownPrefix == null
                            ? (index == null ? ScriptParser.parse(file) : index.script(file))
                            : ScriptParser.parse(
                                    shownPrefix + file.getFileName(),
                                    file.getFileName().toString(),
                                    ScriptText.read(file)));
        }
        return scripts;
    }

    /** Why an entry of the migrations directory is not read as a script, or null when it is one. */
    private static String notAScript(Path entry) {
        String name = entry.getFileName().toString();
        boolean sqlName = name.endsWith(SUFFIX);
        if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
            return "a symbolic link to " + target(entry) + ", which does not exist";
        }
        if (Files.isDirectory(entry)) {
            return "a directory: scripts are read from the migrations directory itself, not from its subdirectories";
        }
        if (!Files.isRegularFile(entry)) {
            return "not a regular file";
        }
        if (sqlName) {
            return null;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return "scripts end in '" + SUFFIX + "' in lower case: rename it to "
                    + name.substring(0, name.length() - SUFFIX.length()) + SUFFIX;
        }
        return "only files ending in '" + SUFFIX + "' are scripts";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }

    public Path directory() {
        return directory;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public Script script(String id) {
        Script s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("No script for revision " + id);
        }
        return s;
    }
}
