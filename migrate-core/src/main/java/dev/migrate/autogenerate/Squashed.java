package dev.migrate.autogenerate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a squash wrote.
 *
 * @param baseline   the new baseline's revision id
 * @param file       its script
 * @param replaced   the revisions it replaces, oldest first; the last is the one whose schema it builds
 * @param rewritten  the scripts that revised the last replaced revision and now revise the baseline
 * @param deleted    the replaced scripts, deleted
 * @param keptData   the data statements carried into the baseline (with keepData), in their order
 */
public record Squashed(
        String baseline, Path file, List<String> replaced, List<Path> rewritten, List<Path> deleted, int keptData) {

    public Squashed {
        replaced = List.copyOf(replaced);
        rewritten = List.copyOf(rewritten);
        deleted = List.copyOf(deleted);
    }

    /** The revision whose schema the baseline builds. */
    public String squashedTo() {
        return replaced.get(replaced.size() - 1);
    }
}
