package it.domain;

public enum CargoStatus {
    BOOKED,
    LOADED,
    DELIVERED
}
