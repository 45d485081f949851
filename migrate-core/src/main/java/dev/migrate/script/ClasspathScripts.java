package dev.migrate.script;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The scripts of a {@code classpath:} location, wherever the class loader has that path: a directory
 * ({@code target/classes/db/migrations}) or a jar's entries. A jar is read through its {@link JarURLConnection}, so
 * that a Spring Boot fat jar's nested jars and {@code BOOT-INF/classes}, which Boot's own URL handler opens, read as
 * any jar does. Each script is named as the resource it is: {@code classpath:db/migrations/0001_init.sql}. The
 * classes there, in the location's package, are the location's candidate Java migrations.
 */
final class ClasspathScripts {
    private static final String SUFFIX = ".sql";

    private ClasspathScripts() {}

    /**
     * What a location holds: its scripts (unless {@code sql} is false), and the names of the classes in its package
     * that may be Java migrations.
     */
    record Found(List<Script> scripts, List<String> classNames) {}

    static Found read(String location, ClassLoader loader, MigrateLog log, boolean sql) {
        String path = ScriptLocations.resourcePath(location);
        List<URL> roots;
        try {
            roots = Collections.list(loader.getResources(path));
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot look up " + location + " on the classpath: " + e.getMessage(),
                    "Check that the application's jars are readable.",
                    e);
        }
        if (roots.isEmpty()) {
            throw new MigrateException(
                    "No migrations on the classpath at " + location,
                    Remedy.of(
                            "Put the scripts in src/main/resources/" + path + ", or point ",
                            Remedy.settings(Setting.MIGRATIONS),
                            " at where they are."));
        }
        // by file name, so that the order does not depend on the order of the class path
        TreeMap<String, Script> scripts = new TreeMap<>();
        TreeSet<String> classFiles = new TreeSet<>();
        for (URL root : roots) {
            List<String> classes = new ArrayList<>();
            for (Script s : read(root, "classpath:" + path + "/", log, sql, classes)) {
                scripts.putIfAbsent(s.fileName() + "\u0000" + s.location(), s);
            }
            classFiles.addAll(classes);
        }
        String packagePrefix = path.isEmpty() ? "" : path.replace('/', '.') + ".";
        List<String> classNames = new ArrayList<>();
        for (String file : classFiles) {
            classNames.add(packagePrefix + file.substring(0, file.length() - ".class".length()));
        }
        return new Found(new ArrayList<>(scripts.values()), classNames);
    }

    private static List<Script> read(URL root, String shownPrefix, MigrateLog log, boolean sql, List<String> classes) {
        try {
            if ("file".equals(root.getProtocol())) {
                List<Script> found = ScriptDirectory.listScripts(
                        Path.of(root.toURI()), shownPrefix, sql ? log : MigrateLog.SILENT, classes);
                return sql ? found : List.of();
            }
            URLConnection connection = root.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return fromJar(jar, shownPrefix, sql ? log : MigrateLog.SILENT, sql, classes);
            }
            throw new MigrateException(
                    "Cannot list the scripts at " + root + ": migrate reads classpath locations from directories "
                            + "and jars",
                    "Package the scripts in the application's jar or point the location at a directory.");
        } catch (IOException | URISyntaxException e) {
            throw new MigrateException(
                    "Cannot read the scripts at " + root + ": " + e.getMessage(),
                    "Check that the application's jars are readable.",
                    e);
        }
    }

    private static List<Script> fromJar(
            JarURLConnection connection, String shownPrefix, MigrateLog log, boolean sql, List<String> classes)
            throws IOException {
        connection.setUseCaches(false);
        String prefix = connection.getEntryName() + "/";
        List<Script> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            TreeMap<String, JarEntry> here = new TreeMap<>();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
                if (rest != null && !rest.isEmpty() && !rest.contains("/")) {
                    here.put(rest, e);
                }
            }
            for (var e : here.entrySet()) {
                if (JavaMigrations.isClassFile(e.getKey())) {
                    classes.add(e.getKey());
                    continue;
                }
                if (!sql) {
                    continue;
                }
                if (!e.getKey().endsWith(SUFFIX)) {
                    String line = "Not a script, skipped: " + shownPrefix + e.getKey() + " (only files ending in '"
                            + SUFFIX + "' are scripts)";
                    if (e.getKey().startsWith(".")) {
                        log.debug(line);
                    } else {
                        log.warn(line);
                    }
                    continue;
                }
                try (InputStream in = jar.getInputStream(e.getValue())) {
                    out.add(ScriptParser.parse(shownPrefix + e.getKey(), e.getKey(), in.readAllBytes()));
                }
            }
        }
        return out;
    }
}
