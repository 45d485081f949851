package ${package}.todo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A todo item. This class is also the model that {@code mvn compile migrate:revision} compares the migrations with:
 * change a field here, and migrate writes the migration that brings the table along.
 *
 * <p>Deleting a todo only stamps {@code deletedAt}; the row stays so that it can be restored, until a purge removes
 * it for good. The index on deleted_at serves the repository's queries, which all filter on it.
 */
@Entity
@Table(name = "todos", indexes = @Index(name = "ix_todos_deleted_at", columnList = "deletedAt"))
public class Todo {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    // SQLite's auto-increment key must be declared INTEGER (64 bits wide there). Hibernate's SQLite dialect writes
    // it so, but its schema validation expects BIGINT for a Long: naming the type keeps ddl-auto=validate happy.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(nullable = false)
    private boolean completed;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant deletedAt;

    protected Todo() {
        // for JPA
    }

    public Todo(String title, String description, Instant createdAt) {
        this.title = title;
        this.description = description;
        this.createdAt = createdAt;
    }

    public void edit(String title, String description, boolean completed) {
        this.title = title;
        this.description = description;
        this.completed = completed;
    }

    public void markDeleted(Instant when) {
        this.deletedAt = when;
    }

    public void restore() {
        this.deletedAt = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCompleted() {
        return completed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
