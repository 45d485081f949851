package it.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotNull;

/** The other side of the cycle: a cargo's voyage; an enum kept as its name. */
@Entity
public class Cargo {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator", sequenceName = "sequence_generator", initialValue = 1050,
            allocationSize = 50)
    Long id;

    @ManyToOne
    @JoinColumn(name = "voyage_id", foreignKey = @ForeignKey(name = "fk_cargo_voyage"))
    Voyage voyage;

    @NotNull
    @Enumerated(EnumType.STRING)
    CargoStatus status;

    @Enumerated(EnumType.ORDINAL)
    CargoStatus previousStatus;

    @ManyToOne
    Customer customer;
}
