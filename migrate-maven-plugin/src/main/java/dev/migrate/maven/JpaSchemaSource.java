package dev.migrate.maven;

import dev.migrate.autogenerate.SchemaSource;
import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.SchemaStatement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's JPA entities as the desired schema: Hibernate writes their DDL for the target database, with the
 * project's naming strategy and Hibernate settings, from the compiled classes and the compile classpath.
 */
final class JpaSchemaSource implements SchemaSource {
    private final Path classes;
    private final Path basedir;
    private final List<String> classpath;
    private final List<String> packages;
    private final String naming;
    private final Map<String, String> settings;
    private final RenameHints hints;
    private final JpaSupport jpa;

    JpaSchemaSource(
            JpaSupport jpa,
            Path basedir,
            Path classes,
            List<String> classpath,
            List<String> packages,
            String naming,
            Map<String, String> settings,
            RenameHints hints) {
        this.jpa = jpa;
        this.settings = Map.copyOf(settings);
        this.basedir = basedir;
        this.classes = classes;
        this.classpath = List.copyOf(classpath);
        this.packages = List.copyOf(packages);
        this.naming = naming;
        this.hints = hints;
    }

    @Override
    public String describe() {
        return "the JPA entities in " + (classes.startsWith(basedir) ? basedir.relativize(classes) : classes);
    }

    @Override
    public List<SchemaStatement> statements(Dialect dialect) {
        if (!Files.isDirectory(classes)) {
            throw new MigrateException(
                    "No compiled classes in " + classes + " to read the JPA entities from",
                    "Compile first: mvn compile migrate:revision (or bind the goal after the compile phase).");
        }
        // The project's classes see jakarta.persistence and Hibernate through the loader of migrate-hibernate, so
        // the annotations they carry are the very classes Hibernate looks for.
        try (URLClassLoader hibernate = jpa.loader();
                URLClassLoader loader = new URLClassLoader(urls(), hibernate)) {
            List<SchemaStatement> out = new ArrayList<>();
            for (String sql : JpaSupport.createStatements(
                    hibernate, loader, List.of(classes), packages, dialect.hibernateDialect(), naming, settings)) {
                out.add(new SchemaStatement(
                        sql, "Hibernate's DDL for the JPA entities (" + sql.split("\\(", 2)[0].strip() + ")"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URL[] urls() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (String element : classpath) {
                urls.add(Path.of(element).toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    public boolean expressesForeignKeys(Dialect dialect) {
        return !dialect.name().equals("sqlite"); // Hibernate's SQLite dialect has no way to write them
    }

    @Override
    public RenameHints hints() {
        return hints;
    }
}
