package ${package}.todo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API can do with todos. Deleting is soft: see {@link Todo}. */
@Service
@Transactional
public class TodoService {

    private static final Sort OLDEST_FIRST = Sort.by("id");

    private final TodoRepository todos;
    private final Clock clock;

    public TodoService(TodoRepository todos, Clock clock) {
        this.todos = todos;
        this.clock = clock;
    }

    public Todo create(String title, String description) {
        return todos.save(new Todo(title, description, now()));
    }

    /** A page of live todos, all of them or only those whose completed flag is {@code completed}. */
    @Transactional(readOnly = true)
    public Page<Todo> list(Boolean completed, int page, int size) {
        PageRequest request = PageRequest.of(page, size, OLDEST_FIRST);
        return completed == null ? todos.findLive(request) : todos.findLiveByCompleted(completed, request);
    }

    @Transactional(readOnly = true)
    public Todo get(long id) {
        return live(id);
    }

    public Todo update(long id, String title, String description, boolean completed) {
        Todo todo = live(id);
        todo.edit(title, description, completed);
        return todo;
    }

    public void delete(long id) {
        live(id).markDeleted(now());
    }

    public Todo restore(long id) {
        Todo todo = todos.findDeletedById(id).orElseThrow(() -> new TodoNotFoundException(id, "deleted"));
        todo.restore();
        return todo;
    }

    /** Removes for good the todos that were deleted more than {@code age} ago; returns how many. */
    public int purgeDeletedOlderThan(Duration age) {
        return todos.purgeDeletedBefore(now().minus(age));
    }

    /** The time to store: SQLite keeps milliseconds, so a todo reads back with the very time create returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Todo live(long id) {
        return todos.findLiveById(id).orElseThrow(() -> new TodoNotFoundException(id));
    }
}
