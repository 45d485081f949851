package dev.migrate.script;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Java migrations as revisions: found among a {@code classpath:} location's classes, or handed in as instances.
 */
public final class JavaMigrations {
    private static final String CLASS = ".class";

    private JavaMigrations() {}

    /**
     * The Java migrations among the classes of a {@code classpath:} location's package, each created with its public
     * no-argument constructor; the location's scripts are not read. Empty when the class loader has no such path.
     */
    public static List<JavaMigration> find(String classpathLocation, ClassLoader loader, MigrateLog log) {
        String location = ScriptLocations.isClasspath(classpathLocation)
                ? classpathLocation
                : ScriptLocations.CLASSPATH + classpathLocation;
        if (loader.getResource(ScriptLocations.resourcePath(location)) == null) {
            return List.of();
        }
        ClasspathScripts.Found found = ClasspathScripts.read(location, loader, log, false);
        return create(found.classNames(), Set.of(), loader, location, log);
    }

    /** A top-level class's file: nested and anonymous classes, {@code package-info} and {@code module-info} are not. */
    static boolean isClassFile(String fileName) {
        return fileName.endsWith(CLASS)
                && fileName.indexOf('$') < 0
                && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    static Set<String> classNames(Collection<? extends JavaMigration> migrations) {
        Set<String> names = new HashSet<>();
        for (JavaMigration m : migrations) {
            names.add(m.getClass().getName());
        }
        return names;
    }

    static List<Script> scripts(Collection<? extends JavaMigration> migrations) {
        List<Script> scripts = new ArrayList<>(migrations.size());
        for (JavaMigration m : migrations) {
            scripts.add(Script.of(m, header(m)));
        }
        return scripts;
    }

    private static MigrationHeader header(JavaMigration m) {
        MigrationHeader header;
        try {
            header = m.header();
        } catch (MigrateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrateException(
                    "The header of the Java migration " + m.getClass().getName() + " cannot be read: " + e,
                    "Fix its @Migration annotation or its header() method.",
                    e);
        }
        if (header == null || header.revision().isBlank()) {
            throw new MigrateException(
                    "The Java migration " + m.getClass().getName() + " declares no revision id",
                    "Give it one: @Migration(revision = \"...\"), as a script's 'Revision ID:' line.");
        }
        return header;
    }

    /** Creates the Java migrations among {@code classNames}, but for those in {@code handedIn}. */
    static List<JavaMigration> create(
            List<String> classNames, Set<String> handedIn, ClassLoader loader, String location, MigrateLog log) {
        List<JavaMigration> out = new ArrayList<>();
        for (String name : classNames) {
            if (handedIn.contains(name)) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrateException(
                        "Cannot load the class " + name + " of " + location + ": " + e,
                        "Check that the application's classes and their dependencies are on the classpath.",
                        e);
            }
            if (!JavaMigration.class.isAssignableFrom(type)
                    || type.isInterface()
                    || Modifier.isAbstract(type.getModifiers())) {
                log.debug("Not a Java migration, skipped: " + name + " (it does not implement JavaMigration)");
                continue;
            }
            out.add(instantiate(type.asSubclass(JavaMigration.class), location));
        }
        return out;
    }

    private static JavaMigration instantiate(Class<? extends JavaMigration> type, String location) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new MigrateException(
                    "The Java migration " + type.getName() + " of " + location
                            + " has no public constructor without arguments, so migrate cannot create it",
                    "Give it one, or hand the instance to the engine (MigrateConfig.Builder.javaMigrations; the "
                            + "Spring Boot starter hands in the JavaMigration beans).",
                    e);
        } catch (InvocationTargetException e) {
            throw new MigrateException(
                    "Creating the Java migration " + type.getName() + " failed: " + e.getCause(),
                    "Fix its constructor.",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new MigrateException(
                    "Cannot create the Java migration " + type.getName() + ": " + e,
                    "Make the class and its constructor public.",
                    e);
        }
    }
}
