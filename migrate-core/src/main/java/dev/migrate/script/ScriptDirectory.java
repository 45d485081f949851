package dev.migrate.script;

import dev.migrate.MigrateException;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The migrations directory: every {@code *.sql} file in it, read and joined into the revision graph. */
public final class ScriptDirectory {
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
        if (!Files.isDirectory(directory)) {
            throw new MigrateException("The migrations directory " + directory + " does not exist",
                    "Create it with mvn migrate:init, or point the 'migrations' parameter (migrate.migrations) "
                            + "at the directory that holds your scripts.");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new MigrateException("Cannot list " + directory + ": " + e.getMessage(),
                    "Check that the directory is readable.", e);
        }
        List<Script> scripts = new ArrayList<>(files.size());
        for (Path file : files) {
            scripts.add(ScriptParser.parse(file));
        }
        return new ScriptDirectory(directory, scripts);
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
