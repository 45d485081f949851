package dev.migrate.hibernate.broken;

import jakarta.persistence.Entity;

/** Deliberately unmappable: an entity needs an identifier. Kept out of the model package the other tests scan. */
@Entity
public class NoId {

    private String name;
}
