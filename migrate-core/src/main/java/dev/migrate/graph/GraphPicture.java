package dev.migrate.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revision graph as a picture: Mermaid (GitHub and most READMEs draw it) or Graphviz DOT. Each revision is a node
 * labelled with its id, message, branch labels, the revisions it replaces when it is a squash's baseline, and what
 * it is (base, branch point, merge, head); an edge runs from parent to child, a dashed one from a revision's
 * depends-on to it. When the database was read, applied revisions, pending ones and the database's current revisions
 * are marked too.
 *
 * @param graph   the revisions
 * @param applied the revisions the database has applied, or empty when it was not read
 * @param current the database's current revisions (its heads), empty when it was not read or holds none
 * @param note    one line on where the applied marks come from, for the picture's first comment
 */
public record GraphPicture(RevisionGraph graph, Optional<Set<String>> applied, Set<String> current, String note) {

    public GraphPicture {
        applied = applied.map(Set::copyOf);
        current = Set.copyOf(current);
    }

    /** A picture of the graph alone. */
    public static GraphPicture of(RevisionGraph graph, String note) {
        return new GraphPicture(graph, Optional.empty(), Set.of(), note);
    }

    /** A picture with what the database at {@code current} has applied. */
    public static GraphPicture withDatabase(RevisionGraph graph, Set<String> current, String note) {
        Set<String> known = new TreeSet<>(current);
        known.retainAll(graph.revisions().stream().map(Revision::id).toList());
        return new GraphPicture(graph, Optional.of(graph.ancestorsOrSelf(known)), current, note);
    }

    public enum Format {
        MERMAID,
        DOT;

        /** "mermaid" or "dot", any case; empty for anything else. */
        public static Optional<Format> parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The usual file name extension: "mmd" or "dot". */
        public String extension() {
            return this == MERMAID ? "mmd" : "dot";
        }
    }

    private static final Map<String, String> MERMAID_STYLES = Map.of(
            "applied", "fill:#d8f0dc,stroke:#2e7d32",
            "pending", "fill:#ffffff,stroke:#9e9e9e,stroke-dasharray:4 3",
            "head", "stroke-width:3px",
            "current", "fill:#a5d6a7,stroke:#1b5e20,stroke-width:3px");

    public String render(Format format) {
        return format == Format.MERMAID ? mermaid() : dot();
    }

    /** A Mermaid flowchart, without the Markdown fence. */
    public String mermaid() {
        StringBuilder out = new StringBuilder();
        out.append("%% ").append(summary()).append('\n');
        out.append("flowchart TD\n");
        Map<String, String> ids = nodeIds();
        for (Revision r : graph.revisions()) {
            String text = String.join(
                    "<br/>",
                    labelLines(r).stream().map(GraphPicture::mermaidText).toList());
            String shape = r.isMerge() ? "{{\"%s\"}}" : "[\"%s\"]";
            out.append("    ")
                    .append(ids.get(r.id()))
                    .append(String.format(shape, text))
                    .append('\n');
        }
        for (Edge e : edges()) {
            out.append("    ").append(ids.get(e.from()));
            out.append(e.dependency() ? " -. depends on .-> " : " --> ");
            out.append(ids.get(e.to())).append('\n');
        }
        Map<String, List<String>> classes = classes(ids);
        classes.keySet()
                .forEach(name -> out.append("    classDef ")
                        .append(name)
                        .append(' ')
                        .append(MERMAID_STYLES.get(name))
                        .append('\n'));
        classes.forEach((name, nodes) -> out.append("    class ")
                .append(String.join(",", nodes))
                .append(' ')
                .append(name)
                .append('\n'));
        return out.toString();
    }

    /** A Graphviz digraph. */
    public String dot() {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(summary()).append('\n');
        out.append("digraph revisions {\n");
        out.append("    rankdir=TB;\n");
        out.append("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        for (Revision r : graph.revisions()) {
            List<String> attributes = new ArrayList<>();
            attributes.add("label=" + dotString(String.join("\n", labelLines(r))));
            if (r.isMerge()) {
                attributes.add("shape=hexagon");
            }
            boolean isApplied = applied.map(a -> a.contains(r.id())).orElse(false);
            if (current.contains(r.id())) {
                attributes.add("fillcolor=\"#a5d6a7\"");
            } else if (isApplied) {
                attributes.add("fillcolor=\"#d8f0dc\"");
            } else if (applied.isPresent()) {
                attributes.add("style=\"rounded,dashed\"");
            }
            if (graph.heads().contains(r.id()) || current.contains(r.id())) {
                attributes.add("penwidth=3");
            }
            out.append("    ")
                    .append(dotString(r.id()))
                    .append(" [")
                    .append(String.join(", ", attributes))
                    .append("];\n");
        }
        for (Edge e : edges()) {
            out.append("    ").append(dotString(e.from())).append(" -> ").append(dotString(e.to()));
            out.append(e.dependency() ? " [style=dashed, label=\"depends on\"];\n" : ";\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private String summary() {
        int revisions = graph.revisions().size();
        int heads = graph.heads().size();
        return "migrate revision graph: " + revisions + (revisions == 1 ? " revision, " : " revisions, ") + heads
                + (heads == 1 ? " head" : " heads") + (note == null || note.isBlank() ? "" : "; " + note);
    }

    private List<String> labelLines(Revision r) {
        List<String> lines = new ArrayList<>();
        lines.add(r.id());
        if (r.message() != null && !r.message().isBlank()) {
            lines.add(r.message().strip());
        }
        if (!r.branchLabels().isEmpty()) {
            lines.add("@" + String.join(" @", new TreeSet<>(r.branchLabels())));
        }
        if (!r.replaces().isEmpty()) {
            List<String> replaced = r.replaces();
            lines.add("replaces " + replaced.get(0)
                    + (replaced.size() == 1
                            ? ""
                            : ".." + replaced.get(replaced.size() - 1) + " (" + replaced.size() + ")"));
        }
        List<String> marks = new ArrayList<>();
        if (r.isBase()) {
            marks.add("base");
        }
        if (graph.branchPoints().contains(r.id())) {
            marks.add("branch point");
        }
        if (r.isMerge()) {
            marks.add("merge");
        }
        if (graph.heads().contains(r.id())) {
            marks.add("head");
        }
        if (current.contains(r.id())) {
            marks.add("current");
        } else if (applied.isPresent()) {
            marks.add(applied.get().contains(r.id()) ? "applied" : "pending");
        }
        if (!marks.isEmpty()) {
            lines.add("(" + String.join(", ", marks) + ")");
        }
        return lines;
    }

    private record Edge(String from, String to, boolean dependency) {}

    private List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            for (String parent : r.parents()) {
                if (graph.contains(parent)) {
                    edges.add(new Edge(parent, r.id(), false));
                }
            }
            for (String dependency : r.dependsOn()) {
                String id = graph.contains(dependency) ? dependency : graph.byLabel(dependency);
                if (id != null && graph.contains(id)) {
                    edges.add(new Edge(id, r.id(), true));
                }
            }
        }
        return edges;
    }

    /** Mermaid's node ids: r1, r2, ... in graph order, since revision ids may hold what Mermaid reads as syntax. */
    private Map<String, String> nodeIds() {
        Map<String, String> ids = new HashMap<>();
        for (Revision r : graph.revisions()) {
            ids.put(r.id(), "r" + (ids.size() + 1));
        }
        return ids;
    }

    private Map<String, List<String>> classes(Map<String, String> ids) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (Revision r : graph.revisions()) {
            String node = ids.get(r.id());
            if (current.contains(r.id())) {
                classes.computeIfAbsent("current", k -> new ArrayList<>()).add(node);
            } else if (applied.isPresent()) {
                classes.computeIfAbsent(applied.get().contains(r.id()) ? "applied" : "pending", k -> new ArrayList<>())
                        .add(node);
            }
            if (graph.heads().contains(r.id())) {
                classes.computeIfAbsent("head", k -> new ArrayList<>()).add(node);
            }
        }
        return classes;
    }

    /** Text inside a quoted Mermaid label: its entity codes for what would end the label or read as markup. */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A DOT quoted string; "\n" stays DOT's line break. */
    static String dotString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
