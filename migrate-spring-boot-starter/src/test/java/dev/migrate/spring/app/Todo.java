package dev.migrate.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity Hibernate validates against the migrated table. */
@Entity
public class Todo {
    @Id
    private Long id;

    private String title;

    private boolean done;

    protected Todo() {}

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDone() {
        return done;
    }
}
