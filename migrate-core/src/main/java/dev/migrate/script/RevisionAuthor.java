package dev.migrate.script;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.TargetException;
import dev.migrate.graph.Targets;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes new revisions into the scripts' directory, their id, labels and parents checked against the graph. */
public final class RevisionAuthor {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScriptDirectory scripts;
    private final String fileTemplate;
    private final Clock clock;

    public RevisionAuthor(ScriptDirectory scripts, String fileTemplate, Clock clock) {
        this.scripts = scripts;
        this.fileTemplate = fileTemplate;
        this.clock = clock;
    }

    /** Writes a new script whose parent is the request's head (the single head by default). */
    public Path revision(RevisionRequest request) {
        return ScriptWriter.write(scripts.directory(), fileTemplate, newRevision(request));
    }

    /**
     * Writes a new Java migration class, a skeleton to fill in, in {@code packageName} under {@code sourceRoot}
     * ({@code src/main/java}); its parent is the request's head, as for a script. Its class name is the file
     * template's name, prefixed with {@code R} so that it is a Java name and the classes sort as the scripts do.
     */
    public Path javaRevision(RevisionRequest request, Path sourceRoot, String packageName) {
        return JavaWriter.write(sourceRoot, packageName, fileTemplate, newRevision(request));
    }

    private NewRevision newRevision(RevisionRequest request) {
        RevisionGraph graph = scripts.graph();
        Targets targets = new Targets(graph);
        List<String> parents = graph.isEmpty() && "head".equals(request.head())
                ? List.of()
                : new ArrayList<>(targets.resolve(request.head(), Set.of()));
        List<String> depends = new ArrayList<>();
        for (String d : request.dependsOn()) {
            depends.add(targets.resolveOne(d, Set.of()));
        }
        return newRevision(request, parents, depends);
    }

    /** Writes a revision that joins {@code revisions} (all heads by default) into one. */
    public Path merge(String message, String revisions) {
        Set<String> parents = new LinkedHashSet<>();
        for (String spec : (revisions == null || revisions.isBlank() ? "heads" : revisions).split(",")) {
            parents.addAll(new Targets(scripts.graph()).resolve(spec.strip(), Set.of()));
        }
        if (parents.size() < 2) {
            throw new TargetException(
                    "Nothing to merge: "
                            + (parents.isEmpty()
                                    ? "no revisions"
                                    : "a single head, " + parents.iterator().next()),
                    Remedy.of("A merge joins two or more heads; ", Remedy.run(Command.HEADS), " lists them."));
        }
        String text = message == null || message.isBlank() ? "merge " + String.join(", ", parents) : message;
        return ScriptWriter.write(
                scripts.directory(),
                fileTemplate,
                newRevision(RevisionRequest.of(text), List.copyOf(parents), List.of()));
    }

    private NewRevision newRevision(RevisionRequest r, List<String> parents, List<String> depends) {
        RevisionGraph graph = scripts.graph();
        String id = r.id() == null || r.id().isBlank() ? newId() : r.id().strip();
        if (!ScriptParser.isValidName(id)) {
            throw new MigrateException(
                    "'" + id + "' is not a valid revision id",
                    "A revision id has 1 to 32 letters, digits, '_', '.' or '-'; or leave it out for a random one.");
        }
        Targets.refuseKeyword("revision id", id, null);
        if (graph.contains(id)) {
            throw new MigrateException(
                    "Revision id " + id + " is taken by " + graph.get(id).source(),
                    "Choose another id, or leave it out for a random one.");
        }
        if (graph.byLabel(id) != null) {
            throw new MigrateException(
                    "Revision id " + id + " is a branch label of "
                            + graph.get(graph.byLabel(id)).source() + ", so a target '" + id + "' could mean either",
                    "Choose another id, or leave it out for a random one.");
        }
        for (String label : r.branchLabels()) {
            checkLabel(graph, label);
        }
        return new NewRevision(
                id,
                parents,
                r.branchLabels(),
                depends,
                r.message(),
                clock.instant(),
                r.transactional(),
                r.upgradeSql(),
                r.downgradeSql());
    }

    private static void checkLabel(RevisionGraph graph, String label) {
        if (!ScriptParser.isValidName(label)) {
            throw new MigrateException(
                    "'" + label + "' is not a valid branch label",
                    "A branch label has 1 to 32 letters, digits, '_', '.' or '-'.");
        }
        Targets.refuseKeyword("branch label", label, null);
        if (graph.contains(label)) {
            throw new MigrateException(
                    "Branch label '" + label + "' is the id of the revision in "
                            + graph.get(label).source() + ", so a target '" + label + "' could mean either",
                    "Choose another label.");
        }
        String owner = graph.byLabel(label);
        if (owner != null) {
            throw new MigrateException(
                    "Branch label '" + label + "' is already used by "
                            + graph.get(owner).source(),
                    Remedy.of(
                            "Choose another label, or build on that branch with ",
                            Remedy.run(Command.REVISION, Remedy.assign(Setting.HEAD, label + "@head")),
                            "."));
        }
    }

    /** A new random revision id: 12 hex digits. */
    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
