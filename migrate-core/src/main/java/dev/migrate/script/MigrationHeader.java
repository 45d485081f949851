package dev.migrate.script;

import dev.migrate.base.MigrateException;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link JavaMigration}'s header, as the {@link Migration} annotation gives it or the migration builds it.
 *
 * @param revision     the revision id
 * @param revises      the revisions this one revises
 * @param message      what the revision does
 * @param created      when it was written (ISO-8601), or ""
 * @param branchLabels labels that name this revision's branch
 * @param dependsOn    revisions that must be applied first
 * @param version      bumped by the author when an applied upgrade changed; part of the checksum
 * @param transactional false for a migration that must not run inside a transaction
 */
public record MigrationHeader(
        String revision,
        List<String> revises,
        String message,
        String created,
        Set<String> branchLabels,
        List<String> dependsOn,
        int version,
        boolean transactional) {

    public MigrationHeader {
        Objects.requireNonNull(revision, "revision");
        revises = List.copyOf(revises);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A header with the defaults: no branch labels or dependencies, version 1, transactional. */
    public static MigrationHeader of(String revision, List<String> revises, String message) {
        return new MigrationHeader(revision, revises, message, "", Set.of(), List.of(), 1, true);
    }

    /** The header the class's {@link Migration} annotation declares. */
    public static MigrationHeader of(Class<?> type) {
        Migration m = type.getAnnotation(Migration.class);
        if (m == null) {
            throw new MigrateException(
                    "The Java migration " + type.getName() + " has no header",
                    "Annotate it with @Migration(revision = \"...\", revises = \"...\", message = \"...\"), or "
                            + "override its header() method.");
        }
        return new MigrationHeader(
                m.revision(),
                List.of(m.revises()),
                m.message(),
                m.created(),
                Set.of(m.branchLabels()),
                List.of(m.dependsOn()),
                m.version(),
                m.transactional());
    }

    /** What the history table records for an applied Java migration, in place of a script's SHA-256. */
    String checksum() {
        return "java:" + version;
    }
}
