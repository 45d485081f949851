package it.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

@Entity
public class Leg {
    @Id
    @GeneratedValue
    Long id;

    @Size(max = 5)
    String fromPort;

    @Size(max = 5)
    String toPort;
}
