package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.EditedScriptException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;
import dev.migrate.script.MigrationHeader;
import dev.migrate.script.ScriptLocations;
import dev.migrate.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javamigrations.mixed.R2BackfillDisplayNames;

/** Revisions written in Java, mixed with SQL scripts in one graph, on real SQLite files. */
class JavaMigrationTest {
    private static final String MIXED = "classpath:javamigrations/mixed";

    @TempDir
    Path dir;

    @Test
    void aJavaRevisionFoundOnTheClasspathRunsBetweenSqlScriptsBothWays() {
        Migrate migrate = migrate(MIXED, List.of());
        migrate.upgrade("head");
        assertEquals(Set.of("r3"), migrate.current());
        assertEquals(List.of("1|ada|Ada", "2|grace|Grace"), rows("SELECT id, name, display_name FROM person"));
        assertEquals("java:1", migrate.inspect().checksums().get("r2"));
        assertEquals(
                List.of("r2 (backfill display names)"),
                List.of(migrate.revisionOf("r2").describe()));

        migrate.downgrade("r1");
        assertEquals(Set.of("r1"), migrate.current());
        assertEquals(List.of("1|ada|null", "2|grace|null"), rows("SELECT id, name, display_name FROM person"));
        assertEquals(List.of("person"), Fixtures.userObjects(db()));
    }

    @Test
    void anInstanceHandedInIsTakenInsteadOfTheClassAndMayHaveDependencies() {
        Migrate migrate = migrate(MIXED, List.of(new R2BackfillDisplayNames(), new Greeting("hello")));
        migrate.upgrade("head");
        assertEquals(Set.of("g1"), migrate.current());
        assertEquals(List.of("hello"), rows("SELECT nickname FROM nickname"));
    }

    @Test
    void aFailingJavaMigrationRollsBackWithTheClassAndWhatItThrew() {
        Migrate migrate = migrate(MIXED, List.of(new Failing(false)));
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head"));
        assertTrue(
                e.getMessage()
                        .startsWith("Upgrade of revision f1 failed in the Java migration " + Failing.class.getName()
                                + ": java.lang.IllegalStateException: no nickname for ada"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Rolled back: the database is as it was, at r3."), e.getMessage());
        assertEquals("Fix Failing.java and call it again.", e.hint());
        assertEquals(Set.of("r3"), migrate.current());
        assertEquals(List.of(), rows("SELECT nickname FROM nickname"));
    }

    @Test
    void aJavaMigrationMayNotCommitTheStepsTransaction() {
        Migrate migrate = migrate(MIXED, List.of(new Failing(true)));
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head"));
        assertTrue(e.getMessage().contains("may not call Connection.commit()"), e.getMessage());
        assertEquals(Set.of("r3"), migrate.current());
        assertEquals(List.of(), rows("SELECT nickname FROM nickname"));
    }

    @Test
    void aBumpedVersionIsAnEditUntilAccepted() {
        migrate(MIXED, List.of(new Greeting("hello"))).upgrade("head");
        Migrate bumped = migrate(MIXED, List.of(new Greeting("hello", 2)));
        EditedScriptException e = assertThrows(EditedScriptException.class, () -> bumped.upgrade("head"));
        assertTrue(e.getMessage().contains("g1"), e.getMessage());
        assertEquals(
                List.of("g1"), bumped.accept("all").stream().map(s -> s.id()).toList());
        bumped.upgrade("head");
        assertEquals("java:2", bumped.inspect().checksums().get("g1"));
    }

    @Test
    void offlineSqlSaysAJavaStepCannotBePreviewed() {
        String sql = migrate(MIXED, List.of()).upgradeSql("head");
        assertTrue(
                sql.contains("-- NOT PREVIEWABLE: this step is the Java migration "
                        + R2BackfillDisplayNames.class.getName() + " (version 1); its upgrade runs in code"),
                sql);
        assertTrue(sql.contains("'r2', 'upgrade', 'java:1'"), sql);
        assertTrue(sql.contains("CREATE TABLE nickname"), sql);
        assertFalse(db().toFile().exists());
    }

    @Test
    void migrateTestRunsJavaRevisionsUpDownUp() {
        TestReport passing = migrate(MIXED, List.of(new Greeting("hello"))).test();
        assertTrue(passing.passed(), passing.toString());
        assertEquals(4, passing.revisions().size());

        TestReport failing = migrate(MIXED, List.of(new LeavesATable())).test();
        assertFalse(failing.passed());
        String problems = String.join("\n", failing.revisions().get(3).problems());
        assertTrue(problems.startsWith("downgrade did not restore the schema"), problems);
        assertTrue(problems.contains("leftover"), problems);
    }

    @Test
    void aMigrationWithoutAHeaderIsNamed() {
        JavaMigration headless = new JavaMigration() {
            @Override
            public void upgrade(MigrationContext context) {}

            @Override
            public void downgrade(MigrationContext context) {}
        };
        MigrateException e = assertThrows(
                MigrateException.class, () -> migrate(MIXED, List.of(headless)).upgrade("head"));
        assertEquals("The Java migration " + headless.getClass().getName() + " has no header", e.getMessage());
        assertTrue(e.hint().startsWith("Annotate it with @Migration(revision = "), e.hint());
        assertFalse(db().toFile().exists());
    }

    @Test
    void aClassMigrateCannotCreateSaysHowToHandItIn() {
        MigrateException e = assertThrows(
                MigrateException.class,
                () -> migrate("classpath:javamigrations/noctor", List.of()).upgrade("head"));
        assertEquals(
                "The Java migration javamigrations.noctor.NeedsADataSource of classpath:javamigrations/noctor has no "
                        + "public constructor without arguments, so migrate cannot create it",
                e.getMessage());
        assertTrue(e.hint().contains("MigrateConfig.Builder.javaMigrations"), e.hint());
    }

    @Test
    void aJavaRevisionInsideAJarIsFoundAsInADirectory() throws Exception {
        Path jar = dir.resolve("migrations.jar");
        Path classes = Path.of(R2BackfillDisplayNames.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
                var files = java.nio.file.Files.list(classes.resolve("javamigrations/mixed"))) {
            out.putNextEntry(new java.util.jar.JarEntry("javamigrations/"));
            out.putNextEntry(new java.util.jar.JarEntry("javamigrations/mixed/"));
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("javamigrations/mixed/" + f.getFileName()));
                out.write(java.nio.file.Files.readAllBytes(f));
            }
        }
        // the jar's loader alone holds the migrations: its parent sees migrate but not them
        ClassLoader withoutThem = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("javamigrations.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }

            @Override
            public java.net.URL getResource(String name) {
                return name.startsWith("javamigrations") ? null : super.getResource(name);
            }

            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                return name.startsWith("javamigrations")
                        ? java.util.Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
        try (var loader =
                new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, withoutThem)) {
            Migrate migrate = new Migrate(MigrateConfig.builder(
                            new DatabaseConfig("jdbc:sqlite:" + db(), null, null), ScriptLocations.parse(MIXED, loader))
                    .workDirectory(dir.resolve("work"))
                    .build());
            migrate.upgrade("head");
            assertEquals(Set.of("r3"), migrate.current());
            assertEquals(List.of("Ada", "Grace"), rows("SELECT display_name FROM person ORDER BY id"));
            assertEquals(
                    "javamigrations.mixed.R2BackfillDisplayNames",
                    migrate.show("r2").location());
            assertTrue(migrate.show("r2").java().getClass().getClassLoader() == loader);
        }
    }

    @Test
    void aNewJavaRevisionIsASkeletonThatCompilesAndJoinsTheGraph() throws Exception {
        Path sources = dir.resolve("src/main/java");
        Migrate migrate = migrate(MIXED, List.of());
        Path file = migrate.javaRevision(
                dev.migrate.script.RevisionRequest.of("fill \"nicknames\""), sources, "app.migrations");
        String name = file.getFileName().toString();
        assertTrue(name.matches("R\\d{8}_\\d{6}_[0-9a-f]{12}_fill_nicknames\\.java"), name);
        assertEquals(sources.resolve("app/migrations").resolve(name), file);
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.contains("        revises = \"r3\",\n        message = \"fill \\\"nicknames\\\"\""), text);

        Path classes = dir.resolve("classes");
        // javac as a tool of java.base's ToolProvider, so that the test needs no module beyond the engine's
        int status = java.util.spi.ToolProvider.findFirst("javac")
                .orElseThrow()
                .run(
                        System.out,
                        System.err,
                        "-d",
                        classes.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        file.toString());
        assertEquals(0, status);
        try (var loader = new java.net.URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Migrate withIt = new Migrate(MigrateConfig.builder(
                            new DatabaseConfig("jdbc:sqlite:" + db(), null, null),
                            ScriptLocations.parse(MIXED + ",classpath:app/migrations", loader))
                    .workDirectory(dir.resolve("work"))
                    .build());
            withIt.upgrade("head");
            String id = name.split("_")[2];
            assertEquals(Set.of(id), withIt.current());
            assertEquals("fill \"nicknames\"", withIt.revisionOf(id).message());
        }
    }

    // ----- migrations handed in -----

    /** A bean: it has a dependency, so only its owner can create it. */
    @Migration(revision = "g1", revises = "r3", message = "greet ada")
    static final class Greeting implements JavaMigration {
        private final String word;
        private final int version;

        Greeting(String word) {
            this(word, 1);
        }

        Greeting(String word, int version) {
            this.word = word;
            this.version = version;
        }

        @Override
        public MigrationHeader header() {
            MigrationHeader h = JavaMigration.super.header();
            return new MigrationHeader(h.revision(), h.revises(), h.message(), "", Set.of(), List.of(), version, true);
        }

        @Override
        public void upgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.executeUpdate("INSERT INTO nickname VALUES (1, '" + word + "')");
            }
        }

        @Override
        public void downgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.executeUpdate("DELETE FROM nickname");
            }
        }
    }

    @Migration(revision = "f1", revises = "r3")
    static final class Failing implements JavaMigration {
        private final boolean commit;

        Failing(boolean commit) {
            this.commit = commit;
        }

        @Override
        public void upgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.executeUpdate("INSERT INTO nickname VALUES (1, 'first')");
            }
            if (commit) {
                context.connection().commit();
            }
            throw new IllegalStateException("no nickname for ada");
        }

        @Override
        public void downgrade(MigrationContext context) {}
    }

    @Migration(revision = "l1", revises = "r3")
    static final class LeavesATable implements JavaMigration {
        @Override
        public void upgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.execute("CREATE TABLE leftover (id INTEGER)");
            }
        }

        @Override
        public void downgrade(MigrationContext context) {}
    }

    // ----- helpers -----

    private Migrate migrate(String locations, List<JavaMigration> handedIn) {
        return new Migrate(MigrateConfig.builder(
                        new DatabaseConfig("jdbc:sqlite:" + db(), null, null), ScriptLocations.parse(locations, null))
                .workDirectory(dir.resolve("work"))
                .javaMigrations(handedIn)
                .build());
    }

    private Path db() {
        return dir.resolve("app.db");
    }

    private List<String> rows(String sql) {
        return Fixtures.rows(db(), sql);
    }
}
