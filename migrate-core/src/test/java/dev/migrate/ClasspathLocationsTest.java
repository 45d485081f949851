package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.script.ScriptFormatException;
import dev.migrate.script.ScriptLocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Scripts read from the classpath (a jar's entries, a directory) and from several locations, on real SQLite files. */
class ClasspathLocationsTest {
    @TempDir
    Path dir;

    @Test
    void aJarsEntriesAreTheScriptsAndOnlyTheSqlOnes() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "db/migrations/r1.sql", script("r1", "", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;"));
        entries.put(
                "db/migrations/r2.sql",
                script("r2", "r1", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;"));
        entries.put("db/migrations/README.txt", "not a script");
        entries.put("db/migrations/old/r9.sql", script("r9", "r2", "CREATE TABLE z (id INTEGER);", "DROP TABLE z;"));
        try (URLClassLoader loader = loader(jar("scripts.jar", entries))) {
            Migrate migrate = migrate(ScriptLocations.parse("classpath:db/migrations", loader));
            migrate.upgrade("head");
            assertEquals(Set.of("r2"), migrate.current());
            assertEquals(List.of("a", "b"), tables());
        }
    }

    @Test
    void locationsAreMergedIntoOneGraph() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/base"));
        Files.writeString(
                classes.resolve("db/base/r1.sql"),
                script("r1", "", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;"));
        Path jar = jar(
                "more.jar",
                Map.of(
                        "db/more/r2.sql",
                        script("r2", "r1", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;")));
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.writeString(
                local.resolve("r3.sql"),
                script("r3", "r2", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "DROP TABLE c;"));
        try (URLClassLoader loader = loader(classes, jar)) {
            ScriptLocations locations =
                    ScriptLocations.parse("classpath:db/base, classpath:/db/more/, filesystem:" + local, loader);
            Migrate migrate = migrate(locations);
            migrate.upgrade("head");
            assertEquals(Set.of("r3"), migrate.current());
            assertEquals(List.of("a", "b", "c"), tables());
            assertEquals(local, locations.writableDirectory());
            migrate.downgrade("base");
            assertEquals(List.of(), tables());
        }
    }

    @Test
    void aBadScriptInAJarIsNamedAsTheResourceAndLine() throws Exception {
        String bad = "-- revision: r1\n-- revises:\nSELECT 1;\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n";
        try (URLClassLoader loader = loader(jar("bad.jar", Map.of("db/migrations/0001_bad.sql", bad)))) {
            Migrate migrate = migrate(ScriptLocations.parse("classpath:db/migrations", loader));
            ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> migrate.upgrade("head"));
            assertTrue(e.getMessage().startsWith("classpath:db/migrations/0001_bad.sql:3: SQL before"), e.getMessage());
            assertEquals(List.of(), tables());
        }
    }

    @Test
    void aLocationWithNothingOnTheClasspathSaysWhereTheScriptsBelong() throws Exception {
        try (URLClassLoader loader = loader(jar("empty.jar", Map.of("other/x.txt", "x")))) {
            Migrate migrate = migrate(ScriptLocations.parse("classpath:db/migrations", loader));
            MigrateException e = assertThrows(MigrateException.class, () -> migrate.upgrade("head"));
            assertEquals("No migrations on the classpath at classpath:db/migrations", e.getMessage());
            assertTrue(e.hint().contains("src/main/resources/db/migrations"), e.hint());
        }
    }

    @Test
    void aClasspathOnlyConfigurationWritesRevisionsWhereTheBuildKeepsItsResources() {
        ScriptLocations locations = ScriptLocations.parse("classpath:db/migrations", null);
        assertEquals(Path.of("src/main/resources/db/migrations"), locations.writableDirectory());
        MigrateException e = assertThrows(MigrateException.class, () -> ScriptLocations.parse(" , ", null));
        assertEquals("No script location is configured", e.getMessage());
    }

    // ----- helpers -----

    private Migrate migrate(ScriptLocations locations) {
        return new Migrate(
                MigrateConfig.builder(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null), locations)
                        .workDirectory(dir.resolve("work"))
                        .build());
    }

    private static String script(String id, String parent, String up, String down) {
        return "-- revision: " + id + "\n-- revises: " + parent + "\n-- message: m" + id
                + "\n-- created: 2026-12-04T00:00:00Z\n\n-- migrate:upgrade\n" + up + "\n-- migrate:downgrade\n" + down
                + "\n";
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out)) {
            java.util.Set<String> directories = new java.util.TreeSet<>();
            for (String entry : entries.keySet()) {
                for (int slash = entry.indexOf('/'); slash > 0; slash = entry.indexOf('/', slash + 1)) {
                    directories.add(entry.substring(0, slash + 1));
                }
            }
            // as a jar Maven builds has them: the class loader finds a directory by its entry
            for (String d : directories) {
                j.putNextEntry(new JarEntry(d));
                j.closeEntry();
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    private static URLClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    private List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                        + "'%version%' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
