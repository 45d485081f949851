package ${package}.todo;

/** The answer of {@code POST /todos/purge}: how many deleted todos were removed for good. */
public record PurgeResponse(int purged) {
}
