package ${package}.todo;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of {@code GET /todos}; a stable JSON shape of our own rather than Spring Data's Page. */
public record TodoPageResponse(List<TodoResponse> items, int page, int size, long totalItems, int totalPages) {

    static TodoPageResponse of(Page<Todo> page) {
        return new TodoPageResponse(page.map(TodoResponse::of).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
