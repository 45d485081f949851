package dev.migrate.autogenerate;

/**
 * What migrate:squash is asked for.
 *
 * @param target   the last revision to squash, with everything it builds on (base..target): "head" by default;
 *                 as from:to, only the revisions after "from", which the baseline then revises
 * @param message  the baseline's message, or null for one naming the range
 * @param id       the baseline's revision id, or null for a new random one
 * @param keepData carry the range's data statements (INSERT, UPDATE...) into the baseline, after its schema, rather
 *                 than refuse to squash them away
 */
public record SquashRequest(String target, String message, String id, boolean keepData) {

    public static SquashRequest of(String target) {
        return new SquashRequest(target, null, null, false);
    }
}
