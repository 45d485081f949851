package it.domain;

import jakarta.persistence.Entity;

@Entity
public class Manifest extends Document {
    int pages;
}
