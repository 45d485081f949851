package dev.migrate.script;

import dev.migrate.graph.Revision;

/**
 * A migration: the revision its header declares, and what it runs, either a SQL script's two sections or a
 * {@link JavaMigration}. {@code location} names it in messages (a file's path,
 * {@code classpath:db/migrations/0001_init.sql}, or a Java migration's class).
 */
public final class Script {
    private static final ScriptBody NO_SQL = new ScriptBody("", 1, "", 1);
    private final String location;
    private final String fileName;
    private final Revision revision;
    private final boolean transactional;
    private ScriptBody body;
    private final java.util.function.Supplier<ScriptBody> bodySource;
    private String checksum;
    private final JavaMigration java;
    private final MigrationHeader header;

    Script(String location, String fileName, Revision revision, boolean transactional, ScriptBody body) {
        this(location, fileName, revision, transactional, body, null, null, null, null);
    }

    /**
     * A script known from the index: its header and checksum as recorded, its sections read from the file only when
     * a run needs them.
     */
    Script(
            String location,
            String fileName,
            Revision revision,
            boolean transactional,
            String checksum,
            java.util.function.Supplier<ScriptBody> bodySource) {
        this(location, fileName, revision, transactional, null, bodySource, checksum, null, null);
    }

    private Script(
            String location,
            String fileName,
            Revision revision,
            boolean transactional,
            ScriptBody body,
            java.util.function.Supplier<ScriptBody> bodySource,
            String checksum,
            JavaMigration java,
            MigrationHeader header) {
        this.location = location;
        this.fileName = fileName;
        this.revision = revision;
        this.transactional = transactional;
        this.body = body;
        this.bodySource = bodySource;
        this.checksum = checksum;
        this.java = java;
        this.header = header;
    }

    /** A Java migration as a revision of the graph, named by its class. */
    static Script of(JavaMigration migration, MigrationHeader header) {
        Class<?> type = migration.getClass();
        String fileName = type.getSimpleName() + ".java";
        Revision revision = new Revision(
                header.revision(),
                header.revises(),
                header.branchLabels(),
                header.dependsOn(),
                header.message(),
                header.created(),
                fileName);
        return new Script(
                type.getName(), fileName, revision, header.transactional(), NO_SQL, null, null, migration, header);
    }

    /** Where the script is, as messages name it: a file, a classpath resource, or a Java migration's class. */
    public String location() {
        return location;
    }

    /** The script's file name, without its directory ({@code BackfillNames.java} for a Java migration). */
    public String fileName() {
        return fileName;
    }

    public Revision revision() {
        return revision;
    }

    public String id() {
        return revision.id();
    }

    /** False when the header says {@code -- transactional: false}, e.g. for CREATE INDEX CONCURRENTLY. */
    public boolean transactional() {
        return transactional;
    }

    /** The SQL sections; both empty for a Java migration. */
    public synchronized ScriptBody body() {
        if (body == null) {
            body = bodySource.get();
        }
        return body;
    }

    /** The Java migration this revision runs, or null for a SQL script. */
    public JavaMigration java() {
        return java;
    }

    /** The Java migration's header, or null for a SQL script. */
    public MigrationHeader javaHeader() {
        return header;
    }

    public boolean isJava() {
        return java != null;
    }

    /**
     * What the history table records when the revision runs, to tell later whether it changed: the SHA-256 of a
     * script's upgrade section, {@code java:<version>} for a Java migration.
     */
    public synchronized String checksum() {
        if (java != null) {
            return header.checksum();
        }
        if (checksum == null) {
            checksum = body().checksum();
        }
        return checksum;
    }

    @Override
    public String toString() {
        return fileName;
    }
}
