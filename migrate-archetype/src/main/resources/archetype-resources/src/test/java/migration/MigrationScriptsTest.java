package ${package}.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts are read in place from a directory, and copied out (then cleaned up) from a jar. */
class MigrationScriptsTest {

    @TempDir
    Path temp;

    @Test
    void readsADirectoryOnTheClasspathInPlace() throws IOException {
        Path script = temp.resolve("classes/db/migrations/1_create.sql");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "-- revision: a1\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()}, null);
             MigrationScripts.Directory directory = new MigrationScripts("db/migrations", loader).open()) {
            assertThat(directory.path()).isEqualTo(script.getParent());
        }
        assertThat(script).exists();
    }

    @Test
    void copiesTheScriptsOutOfAJarAndDeletesTheCopyWhenClosed() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "db/migrations/", null);
            add(out, "db/migrations/1_create.sql", "-- revision: a1\n");
            add(out, "db/migrations/2_change.sql", "-- revision: b2\n");
        }

        Path copy;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             MigrationScripts.Directory directory = new MigrationScripts("db/migrations", loader).open()) {
            copy = directory.path();
            assertThat(copy.resolve("1_create.sql")).hasContent("-- revision: a1");
            assertThat(copy.resolve("2_change.sql")).hasContent("-- revision: b2");
        }
        assertThat(copy).doesNotExist();
    }

    private static void add(JarOutputStream jar, String name, String content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        if (content != null) {
            OutputStream out = jar;
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        jar.closeEntry();
    }
}
