package it.todo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "todos", indexes = @Index(name = "ix_todos_deleted_at", columnList = "deletedAt"))
public class Todo {
    enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 300)
    String title;

    String details;

    boolean completed;

    @Column(nullable = false)
    Instant createdAt;

    Instant deletedAt;

    @Column(unique = true, length = 40)
    String slug;

    @Enumerated(EnumType.STRING)
    Status status;
}
