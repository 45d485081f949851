package ${package}.todo;

import java.time.Instant;

/** A live todo as the API shows it; deleted todos are never shown, so there is no deletedAt. */
public record TodoResponse(long id, String title, String description, boolean completed, Instant createdAt) {

    static TodoResponse of(Todo todo) {
        return new TodoResponse(todo.getId(), todo.getTitle(), todo.getDescription(), todo.isCompleted(),
                todo.getCreatedAt());
    }
}
