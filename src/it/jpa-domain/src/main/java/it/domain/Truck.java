package it.domain;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {
    int axles;
}
