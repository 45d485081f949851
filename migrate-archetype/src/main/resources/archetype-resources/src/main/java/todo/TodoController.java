package ${package}.todo;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import ${package}.web.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API. Errors are answered by {@code ApiErrorHandler}: 400 for bad input, 404 for unknown ids. */
@RestController
@RequestMapping("/todos")
public class TodoController {

    private final TodoService service;

    public TodoController(TodoService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<TodoResponse> create(@Valid @RequestBody CreateTodoRequest request) {
        Todo todo = service.create(request.title(), request.description());
        return ResponseEntity.created(URI.create("/todos/" + todo.getId())).body(TodoResponse.of(todo));
    }

    @GetMapping
    public TodoPageResponse list(
            @RequestParam(required = false) Boolean completed,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "page must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "size must be between 1 and 100")
            @Max(value = 100, message = "size must be between 1 and 100") int size) {
        return TodoPageResponse.of(service.list(completed, page, size));
    }

    @GetMapping("/{id}")
    public TodoResponse get(@PathVariable long id) {
        return TodoResponse.of(service.get(id));
    }

    @PutMapping("/{id}")
    public TodoResponse update(@PathVariable long id, @Valid @RequestBody UpdateTodoRequest request) {
        return TodoResponse.of(service.update(id, request.title(), request.description(), request.completed()));
    }

    /** Soft delete: the todo disappears from the API but can be restored until it is purged. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        service.delete(id);
    }

    @PostMapping("/{id}/restore")
    public TodoResponse restore(@PathVariable long id) {
        return TodoResponse.of(service.restore(id));
    }

    /** Removes for good the todos deleted longer ago than {@code olderThan}, an ISO-8601 duration such as P30D. */
    @PostMapping("/purge")
    public PurgeResponse purge(@RequestParam(defaultValue = "P30D") Duration olderThan) {
        if (olderThan.isNegative()) {
            throw new BadRequestException("olderThan must not be negative");
        }
        return new PurgeResponse(service.purgeDeletedOlderThan(olderThan));
    }
}
