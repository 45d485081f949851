package dev.migrate.schema;

import java.util.Objects;

/**
 * A scheduled event (MariaDB, MySQL): {@code schedule} is {@code AT '2027-01-01 00:00:00'} or {@code EVERY 1 DAY},
 * {@code starts} and {@code ends} bound a recurring one, {@code status} is {@code ENABLE}, {@code DISABLE} or
 * {@code DISABLE ON SLAVE}, {@code body} is what follows DO.
 *
 * <p>{@code starts} is kept, so that an event is created to fire at the times it did, but not compared: a recurring
 * event created without STARTS starts when it was created, so the same event read from two databases would differ.
 */
public record Event(
        String name,
        String schedule,
        String starts,
        String ends,
        boolean preserve,
        String status,
        String comment,
        String body)
        implements SchemaObject {
    public Event {
        body = body.strip();
    }

    public Kind kind() {
        return Kind.EVENT;
    }

    public String key() {
        return name;
    }

    public String describe() {
        return "event " + name;
    }

    @Override
    public boolean sameDefinition(SchemaObject other) {
        return other instanceof Event e
                && name.equals(e.name)
                && schedule.equals(e.schedule)
                && Objects.equals(ends, e.ends)
                && preserve == e.preserve
                && status.equals(e.status)
                && Objects.equals(comment, e.comment)
                && body.equals(e.body);
    }
}
