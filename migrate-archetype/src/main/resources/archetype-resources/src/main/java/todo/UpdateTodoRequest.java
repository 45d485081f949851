package ${package}.todo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /todos/{id}}: the new values of the editable fields. A missing description clears it;
 * completed is required, so that renaming a todo cannot reopen it by accident.
 */
public record UpdateTodoRequest(
        @NotBlank(message = "title is required")
        @Size(max = Todo.TITLE_MAX_LENGTH, message = "title must be at most {max} characters")
        String title,

        @Size(max = Todo.DESCRIPTION_MAX_LENGTH, message = "description must be at most {max} characters")
        String description,

        @NotNull(message = "completed is required")
        Boolean completed) {
}
