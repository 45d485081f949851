package dev.migrate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Soak;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random sets of script headers (duplicate ids, unknown and self parents, cycles through revises and depends-on,
 * shared labels) and random targets typed at them: the graph is built or refused with a {@link GraphException};
 * a target resolves to revisions of the graph or is refused with a {@link TargetException}; nothing else is ever
 * thrown. Built graphs order every revision after its parents and dependencies.
 */
class RevisionGraphFuzzTest {
    private static final int CASES = Soak.trials("fuzz", 3_000, 200_000);

    @Test
    void randomGraphsAndTargetsFailOnlyWithTheirOwnErrors() {
        long seed = Soak.seed(31337L);
        assertTimeoutPreemptively(Duration.ofSeconds(Soak.on() ? 600 : 30), () -> {
            for (int k = 0; k < CASES; k++) {
                Random random = new Random(seed + k);
                List<Revision> revisions = revisions(random);
                String context = "seed " + (seed + k) + ": " + revisions;
                RevisionGraph graph;
                try {
                    graph = new RevisionGraph(revisions);
                } catch (GraphException e) {
                    assertTrue(e.hint() != null && e.getMessage().contains(".sql"), e.getMessage() + " / " + context);
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("not a GraphException: " + context, e);
                }
                Map<String, Integer> position = new HashMap<>();
                List<Revision> ordered = graph.revisions();
                for (int p = 0; p < ordered.size(); p++) {
                    position.put(ordered.get(p).id(), p);
                }
                for (Revision r : ordered) {
                    for (String before : r.parents()) {
                        assertTrue(position.get(before) < position.get(r.id()), "parents first: " + context);
                    }
                    for (String before : r.dependsOn()) {
                        assertTrue(position.get(before) < position.get(r.id()), "dependencies first: " + context);
                    }
                }
                for (int t = 0; t < 20; t++) {
                    String spec = target(random, graph);
                    Set<String> current = current(random, graph);
                    try {
                        Set<String> resolved = new Targets(graph).resolve(spec, current);
                        for (String id : resolved) {
                            assertTrue(graph.contains(id), spec + " gave " + id + ": " + context);
                        }
                        assertEquals(resolved, new LinkedHashSet<>(resolved), context);
                    } catch (TargetException e) {
                        assertTrue(e.hint() != null && !e.getMessage().isBlank(), context);
                    } catch (RuntimeException e) {
                        throw new AssertionError(
                                "target '" + spec + "' from " + current + " threw " + e + ": " + context, e);
                    }
                }
            }
        });
    }

    private static List<Revision> revisions(Random random) {
        int n = 1 + random.nextInt(8);
        List<String> pool = new ArrayList<>();
        for (int k = 0; k < n + 2; k++) {
            pool.add(String.format("%012x", random.nextLong() & 0xffffffffffffL));
        }
        List<Revision> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            // mostly a chain or a tree on earlier revisions; sometimes a duplicate, a missing or later parent
            String id = random.nextInt(30) == 0 && k > 0 ? pool.get(random.nextInt(k)) : pool.get(k);
            List<String> parents = new ArrayList<>();
            if (k > 0 && random.nextInt(8) != 0) {
                parents.add(pool.get(random.nextInt(k)));
                if (random.nextInt(5) == 0) {
                    parents.add(pool.get(random.nextInt(k)));
                }
            }
            if (random.nextInt(25) == 0) {
                parents.add(pool.get(random.nextInt(pool.size()))); // later, self, or unknown
            }
            List<String> depends = new ArrayList<>();
            if (k > 1 && random.nextInt(6) == 0) {
                depends.add(pool.get(random.nextInt(random.nextInt(20) == 0 ? pool.size() : k)));
            }
            Set<String> labels = new LinkedHashSet<>();
            if (random.nextInt(4) == 0) {
                labels.add(List.of("main", "feature", "hotfix").get(random.nextInt(3)));
            }
            out.add(new Revision(
                    id,
                    new ArrayList<>(new LinkedHashSet<>(parents)),
                    labels,
                    depends,
                    "m" + k,
                    "2026-11-24T15:00:" + String.format("%02d", random.nextInt(60)) + "Z",
                    "2026_" + k + "_" + id + ".sql"));
        }
        return out;
    }

    private static String target(Random random, RevisionGraph graph) {
        List<Revision> all = graph.revisions();
        String some = all.get(random.nextInt(all.size())).id();
        return switch (random.nextInt(16)) {
            case 0 -> "head";
            case 1 -> "heads";
            case 2 -> "base";
            case 3 -> "current";
            case 4 -> some;
            case 5 -> some.substring(0, 1 + random.nextInt(4));
            case 6 -> (random.nextBoolean() ? "+" : "-") + random.nextInt(5);
            case 7 -> some + (random.nextBoolean() ? "+" : "-") + random.nextInt(4);
            case 8 -> List.of("main", "feature", "hotfix", "nolabel").get(random.nextInt(4)) + "@head";
            case 9 -> "main";
            case 10 -> "+99999999999";
            case 11 -> "-2147483648";
            case 12 ->
                List.of("", " ", "@head", "+", "-", "head+1", "base-1", "current+2", "heads-1", "a:b")
                        .get(random.nextInt(10));
            case 13 -> "HEAD";
            case 14 -> some.toUpperCase();
            default -> "zz" + random.nextInt(100);
        };
    }

    /** The database's revisions: nothing, some revisions of the graph, or a revision no script declares. */
    private static Set<String> current(Random random, RevisionGraph graph) {
        Set<String> current = new LinkedHashSet<>();
        List<Revision> all = graph.revisions();
        for (int k = random.nextInt(3); k > 0; k--) {
            current.add(all.get(random.nextInt(all.size())).id());
        }
        return current;
    }
}
