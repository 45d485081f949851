package it.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id; // a Long identity is written as SQLite's integer, which Hibernate's own validator then refuses

    @Column(nullable = false, unique = true, length = 40)
    String label;
}
