package dev.migrate.runtime;

import dev.migrate.script.Script;

/** One script run in one direction. */
public record Step(Script script, Direction direction) {
    public String id() {
        return script.id();
    }

    @Override
    public String toString() {
        return direction.word() + " " + script.revision().describe();
    }
}
