package dev.migrate.diff;

import java.util.List;

/** Writes operations as a dialect's SQL statements (without semicolons; a statement may start with comment lines). */
public interface SqlRenderer {
    List<String> render(Operation operation);
}
