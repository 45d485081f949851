package dev.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {
    private final Targets linear = new Targets(new RevisionGraph(List.of(GraphTest.rev("1abc"),
            GraphTest.rev("2abd", "1abc"), GraphTest.rev("3xyz", "2abd"))));
    private final Targets diamond = new Targets(GraphTest.diamond());

    @Test
    void namedTargets() {
        assertEquals(Set.of("3xyz"), linear.resolve("head", Set.of()));
        assertEquals(Set.of(), linear.resolve("base", Set.of("3xyz")));
        assertEquals(Set.of("2abd"), linear.resolve("current", Set.of("2abd")));
        assertEquals(Set.of("2abd"), linear.resolve("2abd", Set.of()));
        assertEquals(Set.of("3xyz"), linear.resolve("3x", Set.of()));
    }

    @Test
    void relativeTargets() {
        assertEquals(Set.of("1abc"), linear.resolve("+1", Set.of()));
        assertEquals(Set.of("3xyz"), linear.resolve("+2", Set.of("1abc")));
        assertEquals(Set.of("1abc"), linear.resolve("-2", Set.of("3xyz")));
        assertEquals(Set.of(), linear.resolve("-3", Set.of("3xyz")));
        assertEquals(Set.of("2abd"), linear.resolve("1abc+1", Set.of()));
        assertEquals(Set.of("1abc"), linear.resolve("head-2", Set.of()));
        assertEquals(Set.of("3", "4"), diamond.resolve("-1", Set.of("5")));
    }

    @Test
    void unknownAndAmbiguousTargets() {
        TargetException unknown = assertThrows(TargetException.class, () -> linear.resolve("ab", Set.of()));
        assertEquals("No revision matches 'ab'", unknown.getMessage());
        Targets twoLike = new Targets(new RevisionGraph(List.of(GraphTest.rev("1aa"), GraphTest.rev("2ab", "1aa"),
                GraphTest.rev("3ac", "1aa"))));
        TargetException amb = assertThrows(TargetException.class, () -> new Targets(new RevisionGraph(List.of(
                GraphTest.rev("9aa"), GraphTest.rev("9ab", "9aa")))).resolve("9a", Set.of()));
        assertEquals("'9a' is ambiguous: it starts 2 revisions: 9aa (m9aa), 9ab (m9ab)", amb.getMessage());
        TargetException heads = assertThrows(TargetException.class, () -> twoLike.resolve("head", Set.of()));
        assertTrue(heads.getMessage().startsWith("The scripts have 2 heads"), heads.getMessage());
        assertTrue(heads.hint().contains("migrate:merge"));
    }

    @Test
    void walkingOffTheGraphIsAnError() {
        assertThrows(TargetException.class, () -> linear.resolve("+1", Set.of("3xyz")));
        assertThrows(TargetException.class, () -> linear.resolve("-4", Set.of("3xyz")));
        assertThrows(TargetException.class, () -> linear.resolve("-1", Set.of()));
        TargetException e = assertThrows(TargetException.class, () -> diamond.resolve("-1", Set.of("3", "4")));
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertThrows(TargetException.class, () -> linear.resolve("nope", Set.of()));
    }

    /** BUG (found by RevisionGraphFuzzTest): a count too large for an int threw NumberFormatException. */
    @Test
    void aHugeRelativeCountIsATargetError() {
        TargetException e = assertThrows(TargetException.class, () -> linear.resolve("+99999999999", Set.of()));
        assertEquals("'+99999999999' counts 99999999999 steps, more than any graph has", e.getMessage());
        assertThrows(TargetException.class, () -> linear.resolve("3xyz-2147483648", Set.of()));
    }
}
