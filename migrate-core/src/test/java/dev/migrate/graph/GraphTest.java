package dev.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphTest {

    static Revision rev(String id, String... parents) {
        return new Revision(id, Arrays.asList(parents), Set.of(), List.of(), "m" + id, "2026-01-01T00:00:0" + id.charAt(0) + "Z",
                id + ".sql");
    }

    /** 1 <- 2 <- 3, 1 <- 4, merge 5 of 3 and 4. */
    static RevisionGraph diamond() {
        return new RevisionGraph(List.of(rev("5", "3", "4"), rev("3", "2"), rev("1"), rev("4", "1"), rev("2", "1")));
    }

    @Test
    void orderHeadsBasesBranchPoints() {
        RevisionGraph g = diamond();
        assertEquals(List.of("1", "2", "3", "4", "5"), g.revisions().stream().map(Revision::id).toList());
        assertEquals(List.of("5"), g.heads());
        assertEquals(List.of("1"), g.bases());
        assertEquals(List.of("1"), g.branchPoints());
        assertEquals(Set.of("1", "2", "3"), g.ancestorsOrSelf(List.of("3")));
        assertEquals(Set.of("4", "5"), g.descendantsOrSelf(List.of("4")));
        assertEquals(Set.of("3", "4"), g.headsOf(Set.of("1", "2", "3", "4")));
    }

    @Test
    void headsFollowUpgradesAndDowngrades() {
        RevisionGraph g = diamond();
        assertEquals(Set.of("5"), g.headsAfterUpgrade(Set.of("3", "4"), "5"));
        assertEquals(Set.of("3", "4"), g.headsAfterDowngrade(Set.of("5"), Set.of("1", "2", "3", "4"), "5"));
        assertEquals(Set.of("3"), g.headsAfterDowngrade(Set.of("3", "4"), Set.of("1", "2", "3"), "4"));
    }

    @Test
    void duplicateIdNamesBothFiles() {
        GraphException e = assertThrows(GraphException.class, () -> new RevisionGraph(List.of(rev("1"),
                new Revision("1", List.of(), Set.of(), List.of(), "", "", "other.sql"))));
        assertTrue(e.getMessage().contains("1.sql") && e.getMessage().contains("other.sql"), e.getMessage());
    }

    @Test
    void missingParentNamesTheFile() {
        GraphException e = assertThrows(GraphException.class, () -> new RevisionGraph(List.of(rev("2", "9"))));
        assertEquals("2.sql revises revision '9', which no script declares", e.getMessage());
    }

    @Test
    void cycleListsTheFiles() {
        GraphException e = assertThrows(GraphException.class,
                () -> new RevisionGraph(List.of(rev("1"), rev("2", "3"), rev("3", "2"))));
        assertTrue(e.getMessage().startsWith("The revisions form a cycle: "), e.getMessage());
        assertTrue(e.getMessage().contains("2.sql (2)") && e.getMessage().contains("3.sql (3)"), e.getMessage());
    }
}
