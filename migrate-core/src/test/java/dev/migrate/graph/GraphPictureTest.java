package dev.migrate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The graph's picture: what each node and edge says, and that Graphviz itself draws the DOT. */
class GraphPictureTest {
    @TempDir
    Path dir;

    /** r1 branches into r2a and r2b (labelled), r3b depends on s1, r4 merges r2a and r3b; s1 is a second base. */
    private static RevisionGraph graph() {
        return new RevisionGraph(List.of(
                new Revision("r4", List.of("r2a", "r3b"), Set.of(), List.of(), "merge \"both\" <now>", "", "r4.sql"),
                new Revision("r3b", List.of("r2b"), Set.of(), List.of("s1"), "add #tags & more", "", "r3b.sql"),
                new Revision("r2b", List.of("r1"), Set.of("feature"), List.of(), "feature work", "", "r2b.sql"),
                new Revision("r2a", List.of("r1"), Set.of(), List.of(), "main work", "", "r2a.sql"),
                new Revision("r1", List.of(), Set.of(), List.of(), "create todo", "", "r1.sql"),
                new Revision("s1", List.of(), Set.of("audit"), List.of(), "audit log", "", "s1.sql")));
    }

    @Test
    void mermaidMarksHeadsBranchPointsMergesLabelsAndTheDatabase() {
        GraphPicture picture = GraphPicture.withDatabase(graph(), Set.of("r2b"), "applied as the sqlite database says");
        String m = picture.mermaid();
        assertTrue(
                m.startsWith("%% migrate revision graph: 6 revisions, 2 heads; applied as the sqlite database says\n"
                        + "flowchart TD\n"),
                m);
        Matcher node = Pattern.compile("(?m)^    (r\\d+)[\\[{]").matcher(m);
        int nodes = 0;
        while (node.find()) {
            nodes++;
        }
        assertEquals(6, nodes, m);
        String r1 = id(m, "r1");
        String r2b = id(m, "r2b");
        String r4 = id(m, "r4");
        String s1 = id(m, "s1");
        String r3b = id(m, "r3b");
        assertTrue(m.contains(r1 + "[\"r1<br/>create todo<br/>(base, branch point, applied)\"]"), m);
        assertTrue(m.contains(r2b + "[\"r2b<br/>feature work<br/>@feature<br/>(current)\"]"), m);
        // a merge is a hexagon; what Mermaid would read as syntax is written as its entity codes
        assertTrue(m.contains(r4 + "{{\"r4<br/>merge #quot;both#quot; #lt;now#gt;<br/>(merge, head, pending)\"}}"), m);
        assertTrue(m.contains("add #35;tags #amp; more"), m);
        assertTrue(m.contains("    " + r1 + " --> " + r2b + "\n"), m);
        assertTrue(m.contains("    " + s1 + " -. depends on .-> " + r3b + "\n"), m);
        assertTrue(m.contains("    class " + r1 + " applied\n"), m);
        assertTrue(m.contains("    class " + r2b + " current\n"), m);
        assertTrue(m.lines().anyMatch(l -> l.startsWith("    class ") && l.endsWith(" head") && l.contains(r4)), m);
    }

    /** b1 is a squash's baseline for s1..s3; s4 follows it; c1 replaced a single revision. */
    private static RevisionGraph squashed() {
        return new RevisionGraph(List.of(
                new Revision("b1", List.of(), Set.of(), List.of(), "baseline", "", "b1.sql", List.of("s1", "s2", "s3")),
                new Revision("s4", List.of("b1"), Set.of(), List.of(), "reviews", "", "s4.sql"),
                new Revision("c1", List.of(), Set.of(), List.of(), "", "", "c1.sql", List.of("x1"))));
    }

    @Test
    void aSquashBaselineSaysWhatItReplaces() {
        GraphPicture picture = GraphPicture.withDatabase(squashed(), Set.of("b1"), "");
        String m = picture.mermaid();
        assertTrue(m.contains("[\"b1<br/>baseline<br/>replaces s1..s3 (3)<br/>(base, current)\"]"), m);
        assertTrue(m.contains("[\"c1<br/>replaces x1<br/>(base, head, pending)\"]"), m);
        assertTrue(
                picture.dot().contains("label=\"b1\\nbaseline\\nreplaces s1..s3 (3)\\n(base, current)\""),
                picture.dot());
    }

    @Test
    void withoutTheDatabaseNothingIsMarkedAppliedOrPending() {
        String m = GraphPicture.of(graph(), "").mermaid();
        assertFalse(m.contains("applied") || m.contains("pending") || m.contains("current"), m);
        assertTrue(m.startsWith("%% migrate revision graph: 6 revisions, 2 heads\n"), m);
        assertTrue(m.contains("classDef head"), "heads are marked whatever the database");
    }

    @Test
    @Tag("process")
    void graphvizDrawsTheDot() throws Exception {
        GraphPicture picture = new GraphPicture(graph(), Optional.of(Set.of("r1", "r2b")), Set.of("r2b"), "");
        String dot = picture.dot();
        assertTrue(
                dot.contains("\"r4\" [label=\"r4\\nmerge \\\"both\\\" <now>\\n(merge, head, pending)\", "
                        + "shape=hexagon, style=\"rounded,dashed\", penwidth=3];"),
                dot);
        assertTrue(dot.contains("\"s1\" -> \"r3b\" [style=dashed, label=\"depends on\"];"), dot);
        Renderers.Result svg = Renderers.dot(dot, dir);
        assertEquals(0, svg.exit(), svg.output());
        assertFalse(svg.output().contains("Warning"), svg.output());
        for (String id : List.of("r1", "r2a", "r2b", "r3b", "r4", "s1")) {
            assertTrue(svg.output().contains("<title>" + id + "</title>"), id + " is drawn");
        }
        assertTrue(svg.output().contains("<title>r1&#45;&gt;r2a</title>"), "the parent edge is drawn");
        assertTrue(svg.output().contains("merge &quot;both&quot; &lt;now&gt;"), "the message is drawn as written");
    }

    @Test
    @Tag("process")
    void graphvizRefusesWhatIsNotDot() throws Exception {
        Renderers.Result svg = Renderers.dot("digraph { \"a -> b }\n", dir);
        assertTrue(svg.exit() != 0, "the renderer check can fail: " + svg.output());
    }

    @Test
    @Tag("process")
    void mermaidsOwnParserReadsEveryPicture() throws Exception {
        Map<String, String> pictures = new LinkedHashMap<>();
        pictures.put(
                "database.mmd",
                GraphPicture.withDatabase(graph(), Set.of("r2b"), "as read").mermaid());
        pictures.put("graph-alone.mmd", GraphPicture.of(graph(), "").mermaid());
        pictures.put(
                "squashed.mmd",
                GraphPicture.withDatabase(squashed(), Set.of("b1"), "").mermaid());
        pictures.put(
                "all-applied.mmd",
                GraphPicture.withDatabase(graph(), Set.of("r4", "s1"), "").mermaid());
        pictures.put(
                "empty.mmd",
                GraphPicture.of(new RevisionGraph(List.of()), "no scripts").mermaid());
        Renderers.Result parsed = Renderers.mermaid(pictures, dir);
        assertEquals(0, parsed.exit(), parsed.output());
        for (String file : pictures.keySet()) {
            assertTrue(parsed.output().contains(file + ": flowchart"), file + " in " + parsed.output());
        }
    }

    @Test
    @Tag("process")
    void mermaidsParserRefusesWhatIsNotMermaid() throws Exception {
        Renderers.Result parsed =
                Renderers.mermaid(Map.of("bad.mmd", "flowchart TD\n    r1[\"a \"quoted\" label\"] --> r2\n"), dir);
        assertEquals(1, parsed.exit(), "the parser check can fail: " + parsed.output());
    }

    /** Mermaid's node id of a revision, from its node line. */
    private static String id(String mermaid, String revision) {
        Matcher m = Pattern.compile("(?m)^    (r\\d+)[\\[{]+\"" + revision + "<br/>")
                .matcher(mermaid);
        assertTrue(m.find(), revision + " in " + mermaid);
        return m.group(1);
    }
}
