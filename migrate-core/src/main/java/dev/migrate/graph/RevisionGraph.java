package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The revisions as a directed acyclic graph with Alembic's semantics. Pure: it knows nothing of files or databases.
 * Edges run from a revision to its parents ({@code revises}) and to the revisions it depends on.
 */
public final class RevisionGraph {
    private final Map<String, Revision> byId = new LinkedHashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final List<Revision> order;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Revision> replacedBy = new HashMap<>();

    public RevisionGraph(Collection<Revision> revisions) {
        for (Revision r : revisions) {
            Revision earlier = byId.putIfAbsent(r.id(), r);
            if (earlier != null) {
                throw new GraphException(
                        "Revision " + r.id() + " is declared twice: in " + earlier.source() + " and in " + r.source(),
                        "Give one of the two scripts a new id in its '-- revision:' line.");
            }
            Targets.refuseKeyword("revision id", r.id(), r.source());
            for (String label : r.branchLabels()) {
                Targets.refuseKeyword("branch label", label, r.source());
                String other = byLabel.putIfAbsent(label, r.id());
                if (other != null) {
                    throw new GraphException(
                            "Branch label '" + label + "' is used by two revisions: "
                                    + byId.get(other).source() + " and " + r.source(),
                            "Branch labels must be unique.");
                }
            }
        }
        for (Map.Entry<String, String> label : byLabel.entrySet()) {
            Revision named = byId.get(label.getKey());
            if (named != null && !named.id().equals(label.getValue())) {
                throw new GraphException(
                        "'" + label.getKey() + "' is both the id of the revision in " + named.source()
                                + " and a branch label of the revision in "
                                + byId.get(label.getValue()).source()
                                + ", so a target '" + label.getKey() + "' could mean either",
                        "Rename the branch label in the '-- branch-labels:' line of "
                                + byId.get(label.getValue()).source() + ".");
            }
        }
        for (Revision r : byId.values()) {
            for (String old : r.replaces()) {
                refuseReplaced(r, old);
            }
        }
        for (Revision r : byId.values()) {
            link(r, r.parents(), "revises", children);
            link(r, r.dependsOn(), "depends on", dependents);
        }
        order = topologicalOrder();
        for (int k = 0; k < order.size(); k++) {
            position.put(order.get(k).id(), k);
        }
    }

    private void refuseReplaced(Revision baseline, String old) {
        Revision declared = byId.get(old);
        if (declared != null) {
            throw new GraphException(
                    "Revision " + old + " is declared in " + declared.source() + " and replaced by the squash baseline "
                            + baseline.describe() + " in " + baseline.source(),
                    "The squash replaced " + old + ": delete " + declared.source()
                            + " (its schema is in the baseline), or, to undo the squash, restore the replaced scripts"
                            + " and delete " + baseline.source() + ".");
        }
        Revision other = replacedBy.putIfAbsent(old, baseline);
        if (other != null) {
            throw new GraphException(
                    "Revision " + old + " is replaced by two squash baselines: " + other.source() + " and "
                            + baseline.source(),
                    "A revision is squashed once: delete the older baseline's script or the newer one's.");
        }
    }

    private void link(Revision r, List<String> targets, String relation, Map<String, List<String>> reverse) {
        for (String target : targets) {
            if (!byId.containsKey(target)) {
                throw new GraphException(
                        r.source() + " " + relation + " revision '" + target + "', which no script declares",
                        "Check the id in " + r.source() + ", or restore the script of revision " + target + ".");
            }
            reverse.computeIfAbsent(target, k -> new ArrayList<>()).add(r.id());
        }
    }

    /** Kahn's algorithm; ties broken by creation time, then id, so that the order is the same on every machine. */
    private List<Revision> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<Revision> ready =
                new PriorityQueue<>(Comparator.comparing(Revision::created).thenComparing(Revision::id));
        for (Revision r : byId.values()) {
            int count = new HashSet<>(edges(r)).size();
            waiting.put(r.id(), count);
            if (count == 0) {
                ready.add(r);
            }
        }
        List<Revision> sorted = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            Revision r = ready.poll();
            sorted.add(r);
            for (String next : new LinkedHashSet<>(successors(r.id()))) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(byId.get(next));
                }
            }
        }
        if (sorted.size() < byId.size()) {
            throw new GraphException(
                    "The revisions form a cycle: " + describeCycle(waiting),
                    "Each script's 'revises' and 'depends-on' must point to older revisions only.");
        }
        return List.copyOf(sorted);
    }

    private String describeCycle(Map<String, Integer> waiting) {
        String start = waiting.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = start;
        while (seen.add(current)) {
            path.add(current);
            current = edges(byId.get(current)).stream()
                    .filter(p -> waiting.get(p) > 0)
                    .findFirst()
                    .orElseThrow();
        }
        List<String> cycle = path.subList(path.indexOf(current), path.size());
        List<String> names = new ArrayList<>();
        for (String id : cycle) {
            names.add(byId.get(id).source() + " (" + id + ")");
        }
        names.add(byId.get(current).source() + " (" + current + ")");
        return String.join(" -> ", names);
    }

    private List<String> edges(Revision r) {
        List<String> all = new ArrayList<>(r.parents());
        all.addAll(r.dependsOn());
        return all;
    }

    private List<String> successors(String id) {
        List<String> all = new ArrayList<>(children.getOrDefault(id, List.of()));
        all.addAll(dependents.getOrDefault(id, List.of()));
        return all;
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The squash baseline that replaces {@code id}, a revision no script declares any more. */
    public java.util.Optional<Revision> replacedBy(String id) {
        return java.util.Optional.ofNullable(replacedBy.get(id));
    }

    public Revision get(String id) {
        Revision r = byId.get(id);
        if (r == null) {
            throw new IllegalArgumentException("No revision " + id);
        }
        return r;
    }

    /** Every revision, parents before children. */
    public List<Revision> revisions() {
        return order;
    }

    /** Sorts ids parents-first. */
    public List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparing(position::get)).collect(Collectors.toList());
    }

    public List<String> heads() {
        return order.stream()
                .map(Revision::id)
                .filter(id -> !children.containsKey(id))
                .collect(Collectors.toList());
    }

    public List<String> bases() {
        return order.stream().filter(Revision::isBase).map(Revision::id).collect(Collectors.toList());
    }

    /** Revisions that more than one revision revises. */
    public List<String> branchPoints() {
        return order.stream()
                .map(Revision::id)
                .filter(id -> children.getOrDefault(id, List.of()).size() > 1)
                .collect(Collectors.toList());
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    public String byLabel(String label) {
        return byLabel.get(label);
    }

    public Set<String> ancestorsOrSelf(Collection<String> ids) {
        return reach(ids, id -> edges(byId.get(id)));
    }

    public Set<String> descendantsOrSelf(Collection<String> ids) {
        return reach(ids, this::successors);
    }

    /** Descendants through 'revises' links only: a branch, without the branches that merely depend on it. */
    public Set<String> lineOf(String id) {
        return reach(List.of(id), this::children);
    }

    private Set<String> reach(Collection<String> from, Function<String, List<String>> step) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(step.apply(id));
            }
        }
        return seen;
    }

    /** The fewest revisions whose ancestors are exactly {@code applied}: what the version table stores. */
    public Set<String> headsOf(Collection<String> applied) {
        Set<String> covered = new HashSet<>();
        for (String id : applied) {
            covered.addAll(edges(byId.get(id)));
        }
        Set<String> heads = new LinkedHashSet<>();
        for (String id : sorted(applied)) {
            if (!covered.contains(id)) {
                heads.add(id);
            }
        }
        return heads;
    }

    /** The version-table heads after {@code id} is applied on top of {@code heads}. */
    public Set<String> headsAfterUpgrade(Set<String> heads, String id) {
        Set<String> after = new LinkedHashSet<>(heads);
        after.removeAll(edges(get(id)));
        after.add(id);
        return after;
    }

    /** The version-table heads after {@code id}, one of {@code heads}, is undone; {@code applied} excludes it. */
    public Set<String> headsAfterDowngrade(Set<String> heads, Set<String> applied, String id) {
        Set<String> after = new LinkedHashSet<>(heads);
        after.remove(id);
        for (String p : edges(get(id))) {
            boolean covered = successors(p).stream().anyMatch(q -> !q.equals(id) && applied.contains(q));
            if (!covered) {
                after.add(p);
            }
        }
        return after;
    }
}
