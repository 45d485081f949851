package it.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;

import java.util.ArrayList;
import java.util.List;

/** The shared sequence (JHipster's sequence_generator) and one side of a cycle: a voyage's last cargo. */
@Entity
public class Voyage {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator", sequenceName = "sequence_generator", initialValue = 1050,
            allocationSize = 50)
    Long id;

    @NotBlank
    @Column(length = 20)
    String number;

    @ManyToOne
    @JoinColumn(name = "last_cargo_id", foreignKey = @ForeignKey(name = "fk_voyage_last_cargo"))
    Cargo lastCargo;

    @OneToMany
    @JoinColumn(name = "voyage_id")
    @OrderColumn(name = "leg_order")
    List<Leg> legs = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    List<String> ports = new ArrayList<>();
}
