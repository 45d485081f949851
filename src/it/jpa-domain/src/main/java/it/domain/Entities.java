package it.domain;

import java.util.List;

/** Every entity, for the application's Hibernate. */
public final class Entities {
    public static final List<Class<?>> ALL = List.of(
            Customer.class, Tag.class, Voyage.class, Cargo.class, Leg.class, Payment.class, CardPayment.class,
            BankTransfer.class, Vehicle.class, Truck.class, Document.class, Invoice.class, Manifest.class);

    private Entities() {}
}
