package dev.migrate.schema;

/**
 * A sequence as the database reports it, every option explicit so that two reads compare exactly. {@code type} is
 * its data type where the database gives it one (PostgreSQL's {@code AS bigint}), else null; {@code ownedBy} the
 * column that owns it ({@code table.column}, PostgreSQL's OWNED BY), else null.
 */
public record Sequence(
        String name,
        String type,
        long start,
        long increment,
        long min,
        long max,
        long cache,
        boolean cycle,
        String ownedBy) {

    public Sequence withOwner(String owner) {
        return new Sequence(name, type, start, increment, min, max, cache, cycle, owner);
    }

    public String describe() {
        return name + " (start " + start + ", increment " + increment + (cycle ? ", cycle" : "")
                + (ownedBy == null ? "" : ", owned by " + ownedBy) + ")";
    }
}
