package ${package}.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import ${package}.TestDatabase;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.dialect.DatabaseConfig;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The soft-delete queries against a real SQLite file whose schema was built by the migrations (the starter's
 * start-up migration runs in the JPA test slice too), not by Hibernate and not on an in-memory stand-in.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class TodoRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20, Sort.by("id"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    private TodoRepository todos;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private DataSourceProperties dataSource;

    @Test
    void theSchemaIsTheOneTheMigrationsBuild() {
        MigrateConfig config = MigrateConfig.builder(new DatabaseConfig(dataSource.determineUrl(), null, null),
                Path.of("src/main/resources/db/migrations")).build();
        Migrate migrate = new Migrate(config);

        assertThat(migrate.current()).isEqualTo(Set.copyOf(migrate.heads()));
        assertThat(entityManager.getEntityManager()
                .createNativeQuery("select name from sqlite_master where type = 'index' and tbl_name = 'todos'")
                .getResultList()).contains("ix_todos_deleted_at");
    }

    @Test
    void deletedTodosAreInvisibleToTheLiveQueries() {
        Todo kept = todos.save(new Todo("kept", null, NOW));
        Todo deleted = todos.save(new Todo("deleted", null, NOW));
        deleted.markDeleted(NOW);
        entityManager.flush();

        assertThat(titles(todos.findLive(FIRST_PAGE).getContent())).containsExactly("kept");
        assertThat(todos.findLiveById(deleted.getId())).isEmpty();
        assertThat(todos.findLiveById(kept.getId())).isPresent();
    }

    @Test
    void theCompletedFilterSkipsDeletedTodos() {
        Todo done = todos.save(new Todo("done", null, NOW));
        done.edit("done", null, true);
        Todo doneAndDeleted = todos.save(new Todo("done and deleted", null, NOW));
        doneAndDeleted.edit("done and deleted", null, true);
        doneAndDeleted.markDeleted(NOW);
        todos.save(new Todo("open", null, NOW));
        entityManager.flush();

        assertThat(titles(todos.findLiveByCompleted(true, FIRST_PAGE).getContent())).containsExactly("done");
        assertThat(titles(todos.findLiveByCompleted(false, FIRST_PAGE).getContent())).containsExactly("open");
    }

    @Test
    void aDeletedTodoStaysInTheTableUntilRestored() {
        Todo todo = todos.save(new Todo("write report", "by Friday", NOW));
        todo.markDeleted(NOW);
        entityManager.flush();
        entityManager.clear();

        assertThat(rowsInTable()).isEqualTo(1);
        Todo found = todos.findDeletedById(todo.getId()).orElseThrow();
        found.restore();
        entityManager.flush();

        assertThat(todos.findLiveById(todo.getId())).get().extracting(Todo::getDescription).isEqualTo("by Friday");
        assertThat(todos.findDeletedById(todo.getId())).isEmpty();
    }

    @Test
    void purgeRemovesOnlyTodosDeletedBeforeTheCutoff() {
        Todo deletedLongAgo = todos.save(new Todo("deleted 40 days ago", null, NOW.minus(Duration.ofDays(50))));
        deletedLongAgo.markDeleted(NOW.minus(Duration.ofDays(40)));
        Todo deletedRecently = todos.save(new Todo("deleted yesterday", null, NOW.minus(Duration.ofDays(50))));
        deletedRecently.markDeleted(NOW.minus(Duration.ofDays(1)));
        Todo live = todos.save(new Todo("old but live", null, NOW.minus(Duration.ofDays(50))));
        entityManager.flush();

        int purged = todos.purgeDeletedBefore(NOW.minus(Duration.ofDays(30)));

        assertThat(purged).isEqualTo(1);
        assertThat(rowsInTable()).isEqualTo(2);
        assertThat(todos.findDeletedById(deletedLongAgo.getId())).isEmpty();
        assertThat(todos.findDeletedById(deletedRecently.getId())).isPresent();
        assertThat(todos.findLiveById(live.getId())).isPresent();
    }

    private long rowsInTable() {
        Object count = entityManager.getEntityManager().createNativeQuery("select count(*) from todos")
                .getSingleResult();
        return ((Number) count).longValue();
    }

    private static List<String> titles(List<Todo> list) {
        return list.stream().map(Todo::getTitle).toList();
    }
}
