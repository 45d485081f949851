package dev.migrate.script;

/**
 * A revision written in Java: a data migration that SQL cannot express well. It joins the revision graph as a
 * script does, declared by a {@link Migration} annotation on the class (or by overriding {@link #header()}), and
 * runs on the step's connection: inside the step's transaction, which migrate commits or rolls back.
 *
 * <p>Found as classes in a {@code classpath:} location's package, created with their public no-argument
 * constructor, or handed to the engine as instances (Spring beans, with their dependencies injected).
 */
public interface JavaMigration {
    /** Moves the database from the parent revision(s) to this one. */
    void upgrade(MigrationContext context) throws Exception;

    /** Undoes {@link #upgrade}: run by a downgrade, and by migrate's up/down/up test. */
    void downgrade(MigrationContext context) throws Exception;

    /** The revision's header: by default the class's {@link Migration} annotation. */
    default MigrationHeader header() {
        return MigrationHeader.of(getClass());
    }
}
