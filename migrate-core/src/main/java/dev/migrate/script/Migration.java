package dev.migrate.script;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a {@link JavaMigration}: the same fields a SQL script's header has.
 *
 * <pre>{@code
 * @Migration(revision = "3f2a9c1e7b10", revises = "1a2b3c4d5e6f", message = "backfill display names")
 * public class BackfillDisplayNames implements JavaMigration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Migration {
    /** The revision id. */
    String revision();

    /** The revisions this one revises: none for a base, several for a merge. */
    String[] revises() default {};

    /** What the revision does. */
    String message() default "";

    /** When it was written (ISO-8601), as a script's {@code Create Date}. */
    String created() default "";

    /** Labels that name this revision's branch. */
    String[] branchLabels() default {};

    /** Revisions, usually on other branches, that must be applied first. */
    String[] dependsOn() default {};

    /**
     * What the checksum of an applied revision is: bump it when the migration's upgrade changes in a way a database
     * that already ran it should be told of (the run then refuses, as for an edited script, until accepted).
     */
    int version() default 1;

    /** False for a migration that must not run inside a transaction, as a script's {@code transactional: false}. */
    boolean transactional() default true;
}
