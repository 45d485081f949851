package dev.migrate.spring.app;

/** A bean a Java migration depends on. */
public record TodoTitles(String first) {}
