package it.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.Set;

/** A per-entity sequence (plain @GeneratedValue), an embeddable twice, tags as a collection and a join table. */
@Entity
@Table(
        indexes = @Index(name = "ix_customer_name", columnList = "name"),
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"))
public class Customer {
    @Id
    @GeneratedValue
    Long id;

    @NotBlank
    @Size(max = 80)
    String name;

    @NotNull
    @Email
    String email;

    /** Hibernate applies an embeddable's constraints only through @Valid, as at run time. */
    @Embedded
    @Valid
    Address address;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
    @AttributeOverride(name = "postcode", column = @Column(name = "billing_postcode", length = 10))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
    Address billing;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", length = 30)
    Set<String> phones = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "customer_tag",
            joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    Set<Tag> tags = new HashSet<>();

    @Version
    int version;
}
