package dev.migrate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

class RevisionGraphTest {

    /** A revision declared in "{id}.sql", created at minute {@code minute} of a fixed hour. */
    static Revision rev(String id, int minute, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), List.of(), "m" + id, created(minute), id + ".sql");
    }

    static Revision labelled(String id, int minute, String label, String... parents) {
        return new Revision(id, List.of(parents), Set.of(label), List.of(), "m" + id, created(minute), id + ".sql");
    }

    static Revision depending(String id, int minute, List<String> dependsOn, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), dependsOn, "m" + id, created(minute), id + ".sql");
    }

    static String created(int minute) {
        return String.format("2026-11-24T15:%02d:00Z", minute);
    }

    private static List<String> ids(RevisionGraph g) {
        return g.revisions().stream().map(Revision::id).toList();
    }

    /**
     * base r1; r2a and r2b both revise r1 (r1 is a branch point); r3b revises r2b; r4 merges r2a and r3b.
     * A second base s1 stands alone.
     */
    static RevisionGraph branchedAndMerged() {
        return new RevisionGraph(List.of(
                rev("r4", 5, "r2a", "r3b"),
                rev("r3b", 4, "r2b"),
                rev("r2b", 3, "r1"),
                rev("r2a", 2, "r1"),
                rev("r1", 1),
                rev("s1", 6)));
    }

    @Test
    void headsBasesAndBranchPoints() {
        RevisionGraph g = branchedAndMerged();
        assertEquals(List.of("r4", "s1"), g.heads());
        assertEquals(List.of("r1", "s1"), g.bases());
        assertEquals(List.of("r1"), g.branchPoints());
        assertEquals(Set.of("r2a", "r2b"), Set.copyOf(g.children("r1")));
        assertEquals(List.of(), g.children("r4"));
        assertTrue(g.get("r4").isMerge());
        assertFalse(g.get("r3b").isMerge());
        assertTrue(g.contains("r2a"));
        assertFalse(g.contains("zz"));
        assertFalse(g.isEmpty());
        assertTrue(new RevisionGraph(List.of()).isEmpty());
    }

    @Test
    void orderPutsParentsFirstAndBreaksTiesByCreationThenId() {
        assertEquals(List.of("r1", "r2a", "r2b", "r3b", "r4", "s1"), ids(branchedAndMerged()));
        // three bases: two created at the same time (ordered by id), one earlier
        RevisionGraph bases = new RevisionGraph(List.of(rev("c", 2), rev("a", 2), rev("b", 1)));
        assertEquals(List.of("b", "a", "c"), ids(bases));
        // a child created before an unrelated base still waits for its parent
        RevisionGraph waits = new RevisionGraph(List.of(rev("child", 0, "parent"), rev("other", 1), rev("parent", 2)));
        assertEquals(List.of("other", "parent", "child"), ids(waits));
        assertEquals(List.of("parent", "child"), waits.sorted(Set.of("child", "parent")));
    }

    @Test
    void ancestorsDescendantsAndTheHeadsOfAnAppliedSet() {
        RevisionGraph g = branchedAndMerged();
        assertEquals(Set.of("r1", "r2b", "r3b"), g.ancestorsOrSelf(List.of("r3b")));
        assertEquals(Set.of("r1", "r2a", "r2b", "r3b", "r4"), g.ancestorsOrSelf(List.of("r4")));
        assertEquals(Set.of("r2b", "r3b", "r4"), g.descendantsOrSelf(List.of("r2b")));
        assertEquals(Set.of("s1"), g.descendantsOrSelf(List.of("s1")));
        assertEquals(Set.of("r2a", "r3b"), g.headsOf(Set.of("r1", "r2a", "r2b", "r3b")));
        assertEquals(Set.of("r4", "s1"), g.headsOf(g.ancestorsOrSelf(List.of("r4", "s1"))));
        assertEquals(Set.of(), g.headsOf(Set.of()));
    }

    @Test
    void headsFollowUpgradesAndDowngradesThroughAMerge() {
        RevisionGraph g = branchedAndMerged();
        assertEquals(Set.of("r2a", "r2b"), g.headsAfterUpgrade(Set.of("r2a"), "r2b"));
        assertEquals(Set.of("r4"), g.headsAfterUpgrade(Set.of("r2a", "r3b"), "r4"));
        assertEquals(
                Set.of("r2a", "r3b"), g.headsAfterDowngrade(Set.of("r4"), Set.of("r1", "r2a", "r2b", "r3b"), "r4"));
        assertEquals(Set.of("r2a"), g.headsAfterDowngrade(Set.of("r2a", "r2b"), Set.of("r1", "r2a"), "r2b"));
        assertEquals(Set.of("r1"), g.headsAfterDowngrade(Set.of("r2a"), Set.of("r1"), "r2a"));
    }

    @Test
    void dependenciesOrderTheGraphButMakeNoBranch() {
        // y2 revises y1 and depends on x1, which sorts after y1 by creation time
        RevisionGraph g =
                new RevisionGraph(List.of(rev("y1", 1), depending("y2", 2, List.of("x1"), "y1"), rev("x1", 3)));
        assertEquals(List.of("y1", "x1", "y2"), ids(g));
        assertEquals(List.of("x1", "y2"), g.heads(), "a dependency is no child: x1 is still a head");
        assertEquals(List.of(), g.children("x1"));
        assertEquals(List.of(), g.branchPoints());
        assertEquals(Set.of("y1", "y2", "x1"), g.ancestorsOrSelf(List.of("y2")));
        assertEquals(Set.of("x1", "y2"), g.descendantsOrSelf(List.of("x1")));
        assertEquals(Set.of("y2"), g.headsOf(Set.of("y1", "y2", "x1")));
    }

    @Test
    void aSquashBaselineStandsForTheRevisionsItReplaces() {
        Revision baseline =
                new Revision("b", List.of(), Set.of(), List.of(), "", created(1), "b.sql", List.of("a1", "a2"));
        RevisionGraph g = new RevisionGraph(List.of(baseline, rev("c", 3, "b")));
        assertEquals("b", g.replacedBy("a1").orElseThrow().id());
        assertEquals("a2", g.replacedBy("a2").orElseThrow().squashedTo().orElseThrow());
        assertTrue(g.replacedBy("c").isEmpty());

        GraphException restored =
                assertThrows(GraphException.class, () -> new RevisionGraph(List.of(baseline, rev("a1", 0))));
        assertEquals(
                "Revision a1 is declared in a1.sql and replaced by the squash baseline b in b.sql",
                restored.getMessage());
        Revision again = new Revision("z", List.of(), Set.of(), List.of(), "", created(2), "z.sql", List.of("a2"));
        GraphException twice = assertThrows(GraphException.class, () -> new RevisionGraph(List.of(baseline, again)));
        assertEquals("Revision a2 is replaced by two squash baselines: b.sql and z.sql", twice.getMessage());
    }

    @Test
    void aRevisionDeclaredTwiceNamesBothFiles() {
        Revision other = new Revision("a", List.of(), Set.of(), List.of(), "", "", "a_copy.sql");
        GraphException e = assertThrows(GraphException.class, () -> new RevisionGraph(List.of(rev("a", 1), other)));
        assertEquals("Revision a is declared twice: in a.sql and in a_copy.sql", e.getMessage());
        assertTrue(e.hint().contains("-- revision:"), e.hint());
    }

    @Test
    void aMissingParentNamesTheFile() {
        GraphException e = assertThrows(
                GraphException.class, () -> new RevisionGraph(List.of(rev("a", 1), rev("b", 2, "a", "zz"))));
        assertEquals("b.sql revises revision 'zz', which no script declares", e.getMessage());
    }

    @Test
    void aMissingDependencyNamesTheFile() {
        GraphException e = assertThrows(
                GraphException.class,
                () -> new RevisionGraph(List.of(rev("a", 1), depending("b", 2, List.of("zz"), "a"))));
        assertEquals("b.sql depends on revision 'zz', which no script declares", e.getMessage());
    }

    @Test
    void aCycleListsItsFilesInOrder() {
        GraphException e = assertThrows(
                GraphException.class,
                () -> new RevisionGraph(List.of(
                        rev("root", 0),
                        rev("c1", 1, "c3"),
                        rev("c2", 2, "c1"),
                        rev("c3", 3, "c2"),
                        rev("z", 4, "c1"))));
        assertEquals(
                "The revisions form a cycle: c1.sql (c1) -> c3.sql (c3) -> c2.sql (c2) -> c1.sql (c1)", e.getMessage());
    }

    @Test
    void aCycleThroughADependencyIsACycleToo() {
        GraphException e = assertThrows(
                GraphException.class,
                () -> new RevisionGraph(List.of(rev("a", 1), depending("b", 2, List.of("c"), "a"), rev("c", 3, "b"))));
        assertTrue(e.getMessage().startsWith("The revisions form a cycle: "), e.getMessage());
        assertTrue(e.getMessage().contains("b.sql (b)") && e.getMessage().contains("c.sql (c)"), e.getMessage());
        assertFalse(e.getMessage().contains("a.sql"), e.getMessage());
    }

    @Test
    void aBranchLabelUsedTwiceNamesBothFiles() {
        GraphException e = assertThrows(
                GraphException.class,
                () -> new RevisionGraph(List.of(labelled("a", 1, "core"), labelled("b", 2, "core", "a"))));
        assertEquals("Branch label 'core' is used by two revisions: a.sql and b.sql", e.getMessage());
    }

    @Test
    void labelsNameTheirRevision() {
        RevisionGraph g = new RevisionGraph(List.of(labelled("a", 1, "core"), rev("b", 2, "a")));
        assertEquals("a", g.byLabel("core"));
        assertEquals(null, g.byLabel("nope"));
    }

    @Test
    void unknownRevisionIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> branchedAndMerged().get("zz"));
        assertEquals("No revision zz", e.getMessage());
    }

    /** Before: a script declaring revision 'head' or label 'base' loaded, and the keyword then won every target. */
    @Test
    void idsAndLabelsSpeltLikeATargetKeywordAreRefusedNamingTheFile() {
        for (String keyword : List.of("head", "heads", "base", "current", "HEAD", "Base")) {
            GraphException id = assertThrows(GraphException.class, () -> new RevisionGraph(List.of(rev(keyword, 1))));
            assertEquals(
                    keyword + ".sql: '" + keyword + "' cannot be a revision id: it is a target keyword (base, "
                            + "current, head, heads), so it could never be targeted",
                    id.getMessage());
            assertEquals("Choose another revision id in the header of " + keyword + ".sql.", id.hint());
            GraphException label =
                    assertThrows(GraphException.class, () -> new RevisionGraph(List.of(labelled("a", 1, keyword))));
            assertTrue(
                    label.getMessage().startsWith("a.sql: '" + keyword + "' cannot be a branch label"),
                    label.getMessage());
        }
    }

    /** Before: a label equal to another revision's id loaded, and the id won every target. */
    @Test
    void aBranchLabelThatIsAnotherRevisionsIdIsRefusedNamingBothFiles() {
        GraphException e = assertThrows(
                GraphException.class, () -> new RevisionGraph(List.of(rev("a", 1), labelled("b", 2, "a", "a"))));
        assertEquals(
                "'a' is both the id of the revision in a.sql and a branch label of the revision in b.sql, so a "
                        + "target 'a' could mean either",
                e.getMessage());
        assertEquals("Rename the branch label in the '-- branch-labels:' line of b.sql.", e.hint());
        // a revision may carry its own id as a label: both name the same revision
        assertEquals("a", new RevisionGraph(List.of(labelled("a", 1, "a"))).byLabel("a"));
    }
}
