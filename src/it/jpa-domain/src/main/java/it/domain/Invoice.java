package it.domain;

import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class Invoice extends Document {
    BigDecimal total;
}
