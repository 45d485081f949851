package dev.migrate.graph;

import dev.migrate.base.Command;
import dev.migrate.base.Remedy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves what users type as a target into a set of revisions; the empty set is {@code base}. Understands
 * {@code head}, {@code heads}, {@code base}, {@code current}, full and unique partial ids, branch labels,
 * {@code label@head}, {@code +N}, {@code -N}, {@code <rev>+N} and {@code <rev>-N}.
 */
public final class Targets {
    public static final String SYNTAX = "A target is head, heads, base, current, a revision id or a unique prefix of "
            + "one, a branch label, <label>@head, +N, -N, <rev>+N or <rev>-N.";
    /** {@link #SYNTAX}, and where to see the revisions. */
    public static final Remedy SYNTAX_AND_HISTORY =
            Remedy.of(SYNTAX + " ", Remedy.run(Command.HISTORY), " lists the revisions.");

    private static final Pattern RELATIVE = Pattern.compile("^(.*?)([+-])(\\d+)$");
    /** The words a target understands by themselves: a revision or branch so named could never be targeted. */
    public static final Set<String> KEYWORDS = Set.of("head", "heads", "base", "current");

    private final RevisionGraph graph;

    public Targets(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * @param spec    what the user typed
     * @param current the revisions the database is at (its version table), relative targets start from them
     */
    public Set<String> resolve(String spec, Collection<String> current) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) {
            throw new TargetException("The target is empty", SYNTAX);
        }
        if (isName(s)) {
            return named(s, current);
        }
        Matcher m = RELATIVE.matcher(s);
        if (m.matches()) {
            int steps = steps(s, m.group(3));
            Set<String> from = m.group(1).isEmpty() ? new LinkedHashSet<>(current) : named(m.group(1), current);
            return m.group(2).equals("+") ? forward(s, from, steps) : back(s, from, steps);
        }
        return named(s, current);
    }

    private static int steps(String spec, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new TargetException(
                    "'" + spec + "' counts " + digits + " steps, more than any graph has",
                    "Use a smaller N, or 'head' / 'base'.");
        }
    }

    /** Resolves a target that must be exactly one revision (show, the parent of a new revision). */
    public String resolveOne(String spec, Collection<String> current) {
        Set<String> ids = resolve(spec, current);
        if (ids.size() != 1) {
            throw new TargetException(
                    "'" + spec + "' is "
                            + (ids.isEmpty()
                                    ? "base, not a revision"
                                    : ids.size() + " revisions (" + String.join(", ", ids) + ")"),
                    "Name a single revision.");
        }
        return ids.iterator().next();
    }

    /** Whether resolving {@code spec} needs the database's current revision, so that others need no connection. */
    /** The revisions of {@code range}, its ends inclusive, newest first. */
    public List<Revision> history(Range range, Collection<String> current) {
        Set<String> upper = graph.ancestorsOrSelf(resolve(range.toOr("heads"), current));
        Set<String> from = resolve(range.fromOr("base"), current);
        Set<String> below = new LinkedHashSet<>(graph.ancestorsOrSelf(from));
        below.removeAll(from);
        List<Revision> out = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            if (upper.contains(r.id()) && !below.contains(r.id())) {
                out.add(0, r);
            }
        }
        return out;
    }

    public static boolean needsCurrent(String spec) {
        String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        return s.contains("current") || s.matches("(^|.*:)[+-]\\d+.*");
    }

    /**
     * Refuses a revision id or branch label spelt like one of {@link #KEYWORDS} (in any case, as targets read them):
     * the keyword would always win, so the revision could never be targeted by that name.
     *
     * @param where the script that declares the name, or null for one about to be written
     */
    public static void refuseKeyword(String what, String name, String where) {
        if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new GraphException(
                    (where == null ? "" : where + ": ") + "'" + name + "' cannot be a " + what
                            + ": it is a target keyword (base, current, head, heads), so it could never be targeted",
                    "Choose another " + what + (where == null ? "." : " in the header of " + where + "."));
        }
    }

    private boolean isName(String s) {
        return graph.contains(s) || graph.byLabel(s) != null;
    }

    private Set<String> named(String s, Collection<String> current) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "base":
                return Set.of();
            case "heads":
                return new LinkedHashSet<>(graph.heads());
            case "current":
                return new LinkedHashSet<>(current);
            case "head":
                return Set.of(singleHead(graph.heads(), "The scripts have"));
            default:
                break;
        }
        if (s.endsWith("@head")) {
            return Set.of(labelHead(s.substring(0, s.length() - "@head".length())));
        }
        if (graph.contains(s)) {
            return Set.of(s);
        }
        String labelled = graph.byLabel(s);
        if (labelled != null) {
            return Set.of(labelled);
        }
        return Set.of(byPrefix(s));
    }

    private String singleHead(List<String> heads, String who) {
        if (heads.isEmpty()) {
            throw new TargetException(
                    "There are no revisions yet", Remedy.of("Create one with ", Remedy.run(Command.REVISION), "."));
        }
        if (heads.size() > 1) {
            throw new TargetException(
                    who + " " + heads.size() + " heads: " + describe(heads),
                    Remedy.of(
                            "Merge them with ",
                            Remedy.run(Command.MERGE),
                            ", or name one head, or use the target 'heads'."));
        }
        return heads.get(0);
    }

    private String labelHead(String label) {
        String start = graph.byLabel(label);
        if (start == null) {
            start = graph.contains(label) ? label : null;
        }
        if (start == null) {
            throw new TargetException(
                    "No branch is labelled '" + label + "'",
                    Remedy.of(
                            Remedy.run(Command.BRANCHES),
                            " lists the branches; a label is set with " + "'-- branch-labels:' in a header."));
        }
        Set<String> reachable = graph.lineOf(start);
        List<String> heads = graph.heads().stream().filter(reachable::contains).collect(Collectors.toList());
        return singleHead(heads, "Branch '" + label + "' has");
    }

    private String byPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<String> matches = graph.revisions().stream()
                .map(Revision::id)
                .filter(id -> id.toLowerCase(Locale.ROOT).startsWith(p))
                .collect(Collectors.toList());
        if (matches.isEmpty()) {
            throw new TargetException("No revision matches '" + prefix + "'", SYNTAX_AND_HISTORY);
        }
        if (matches.size() > 1) {
            throw new TargetException(
                    "'" + prefix + "' is ambiguous: it starts " + matches.size() + " revisions: " + describe(matches),
                    "Type more characters of the id.");
        }
        return matches.get(0);
    }

    private Set<String> forward(String spec, Set<String> from, int steps) {
        Set<String> at = from;
        for (int k = 0; k < steps; k++) {
            List<String> next;
            if (at.isEmpty()) {
                next = graph.bases();
            } else if (at.size() > 1) {
                throw new TargetException(
                        "'" + spec + "' is ambiguous: it starts from " + at.size() + " revisions: " + describe(at),
                        "Start from one of them: <rev>+N.");
            } else {
                next = graph.children(at.iterator().next());
            }
            if (next.isEmpty()) {
                throw new TargetException(
                        "'" + spec + "' goes past the head: only " + k + " revision(s) follow",
                        "Use a smaller N, or 'head'.");
            }
            if (next.size() > 1) {
                throw new TargetException(
                        "'" + spec + "' is ambiguous: the graph branches into " + describe(next),
                        "Name the branch to follow: <rev>+N or <label>@head.");
            }
            at = Set.of(next.get(0));
        }
        return at;
    }

    private Set<String> back(String spec, Set<String> from, int steps) {
        if (from.size() > 1) {
            throw new TargetException(
                    "'" + spec + "' is ambiguous: it starts from " + from.size() + " revisions: " + describe(from),
                    "Start from one of them: <rev>-N.");
        }
        if (from.isEmpty() && steps > 0) {
            throw new TargetException(
                    "'" + spec + "' starts from base: there is nothing below it",
                    "The database is at base, so there is nothing to downgrade.");
        }
        Set<String> at = from;
        for (int k = 0; k < steps; k++) {
            if (at.isEmpty()) {
                throw new TargetException(
                        "'" + spec + "' goes below base: only " + k + " revision(s) lie below",
                        "Use a smaller N, or 'base'.");
            }
            Set<String> parents = new LinkedHashSet<>();
            for (String id : at) {
                parents.addAll(graph.get(id).parents());
            }
            at = parents;
        }
        return at;
    }

    private String describe(Collection<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(graph.get(id).describe());
        }
        return String.join(", ", parts);
    }
}
