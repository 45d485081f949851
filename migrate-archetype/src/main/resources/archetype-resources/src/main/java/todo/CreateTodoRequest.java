package ${package}.todo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /todos}. */
public record CreateTodoRequest(
        @NotBlank(message = "title is required")
        @Size(max = Todo.TITLE_MAX_LENGTH, message = "title must be at most {max} characters")
        String title,

        @Size(max = Todo.DESCRIPTION_MAX_LENGTH, message = "description must be at most {max} characters")
        String description) {
}
