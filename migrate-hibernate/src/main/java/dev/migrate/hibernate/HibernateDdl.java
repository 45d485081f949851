package dev.migrate.hibernate;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.dialect.Dialect;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DDL that Hibernate itself would create for a project's JPA entities, obtained from Hibernate's boot
 * metamodel and schema tooling so that none of its mapping rules are re-implemented here.
 */
public final class HibernateDdl {

    private static final List<Class<? extends Annotation>> MODEL_ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    /** Hibernate appends this to every command it writes to a script; we hand back bare statements. */
    private static final String DELIMITER = ";-- migrate: end of statement";

    private HibernateDdl() {}

    /**
     * Returns the CREATE statements (tables, sequences, indexes, constraints) Hibernate generates for the
     * entity classes found in {@code classDirectories}, in Hibernate's order, without trailing delimiters and
     * never a DROP. Where the dialect emulates sequences with tables (SQLite) this includes Hibernate's
     * {@code insert} of the table's first value, without which the generator cannot work.
     * No database connection is opened.
     *
     * @param loader           loads the user's classes; its parent must share jakarta.persistence and Hibernate
     *                         with this module
     * @param classDirectories directories of compiled classes scanned for {@code @Entity}, {@code @Embeddable},
     *                         {@code @MappedSuperclass} and {@code @Converter} classes
     * @param packages         package prefixes restricting the scan; empty means all
     * @param dialect          a Hibernate {@link Dialect} class name
     * @param naming           {@code "spring"} (Spring Boot's naming), {@code "jpa"} (Hibernate's defaults) or
     *                         {@code "physical=<class>,implicit=<class>"} (either part optional)
     * @param properties       the Hibernate settings the application runs with; those that would connect to a
     *                         database or act on one are left out
     * @throws HibernateModelException naming the directory, setting or entity at fault
     */
    public static List<String> createStatements(
            ClassLoader loader,
            List<Path> classDirectories,
            List<String> packages,
            String dialect,
            String naming,
            Map<String, String> properties) {
        List<Class<?>> classes = modelClasses(loader, classDirectories, packages);
        if (classes.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class))) {
            throw new HibernateModelException("No @Entity classes found in " + classDirectories
                    + (packages.isEmpty() ? "" : " under packages " + packages));
        }
        checkDialect(loader, dialect);
        Map<String, Object> settings = settings(dialect, naming, properties);
        StringWriter script = new StringWriter();
        scriptOnly(settings, script);

        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        // jboss-logging finds neither Logback nor Log4j 2 inside Maven, so Hibernate logs through
        // java.util.logging, whose console handler would print its INFO/WARN start-up lines (version banner,
        // dialect notes) into the build log. Raising the level only for this call, instead of forcing
        // org.jboss.logging.provider, leaves the JVM's logging setup as the host configured it.
        Logger hibernateLog = Logger.getLogger("org.hibernate");
        Level previousLevel = hibernateLog.getLevel();
        thread.setContextClassLoader(loader); // Hibernate resolves some classes through the context loader
        hibernateLog.setLevel(Level.SEVERE);
        BootstrapServiceRegistry bootstrap = null;
        StandardServiceRegistry registry = null;
        try {
            bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(loader)
                    .enableAutoClose()
                    .build();
            registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySettings(settings)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
            return statements(script.toString());
        } catch (RuntimeException e) {
            throw new HibernateModelException(
                    "Hibernate could not generate the DDL for the entities in " + classDirectories + " with dialect "
                            + dialect + ": " + messages(e),
                    e);
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry); // auto-close takes the bootstrap registry along
            } else if (bootstrap != null) {
                bootstrap.close();
            }
            hibernateLog.setLevel(previousLevel);
            thread.setContextClassLoader(previousLoader);
        }
    }

    private static List<Class<?>> modelClasses(ClassLoader loader, List<Path> directories, List<String> packages) {
        List<Class<?>> found = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<String> names;
            try (Stream<Path> files = Files.walk(directory)) {
                names = files.filter(f -> f.getFileName().toString().endsWith(".class"))
                        .map(f -> className(directory, f))
                        .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info"))
                        .filter(n -> packages.isEmpty() || packages.stream().anyMatch(p -> inPackage(n, p)))
                        .sorted() // a stable order keeps the generated DDL stable
                        .toList();
            } catch (IOException e) {
                throw new HibernateModelException("Cannot scan " + directory + " for entity classes: " + e, e);
            }
            for (String name : names) {
                Class<?> type = modelClass(name, loader);
                if (type != null) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static String className(Path directory, Path file) {
        String relative = directory
                .relativize(file)
                .toString()
                .replace(file.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".class".length());
    }

    private static boolean inPackage(String className, String prefix) {
        return className.startsWith(prefix.endsWith(".") ? prefix : prefix + ".");
    }

    /** The class if it is part of the JPA model, or null; classes whose dependencies are missing are not ours to judge. */
    private static Class<?> modelClass(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            return MODEL_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent) ? type : null;
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static void checkDialect(ClassLoader loader, String dialect) {
        if (dialect == null || dialect.isBlank()) {
            throw new HibernateModelException("No Hibernate dialect given: name a Dialect class, e.g. "
                    + "org.hibernate.dialect.PostgreSQLDialect");
        }
        Class<?> type;
        try {
            type = Class.forName(dialect, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new HibernateModelException(
                    "Unknown Hibernate dialect " + dialect + ": no such class on the classpath");
        }
        if (!Dialect.class.isAssignableFrom(type)) {
            throw new HibernateModelException("Hibernate dialect " + dialect + " is not a " + Dialect.class.getName());
        }
    }

    private static Map<String, Object> settings(String dialect, String naming, Map<String, String> properties) {
        // the project's own settings (naming strategies among them) win over the naming shorthand
        Map<String, Object> settings = new HashMap<>(namingSettings(naming));
        settings.putAll(properties);
        settings.put(JdbcSettings.DIALECT, dialect);
        // The dialect is given, so Hibernate must not connect to a database to ask for one.
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
        return settings;
    }

    private static Map<String, Object> namingSettings(String naming) {
        String value = naming == null ? "" : naming.trim();
        switch (value) {
            case "jpa":
                return Map.of();
            case "spring":
                // Spring Boot 4's defaults (HibernateProperties.Naming). The snake-case strategy is Hibernate 7's
                // replacement for CamelCaseToUnderscoresNamingStrategy, which Boot 3 used and which now only
                // extends it, so both Boot lines name things alike.
                return Map.of(
                        MappingSettings.PHYSICAL_NAMING_STRATEGY,
                        new PhysicalNamingStrategySnakeCaseImpl(),
                        MappingSettings.IMPLICIT_NAMING_STRATEGY,
                        new SpringImplicitNamingStrategy());
            default:
                Map<String, Object> strategies = new HashMap<>();
                for (String part : value.split(",")) {
                    String[] pair = part.split("=", 2);
                    String key = pair[0].trim();
                    if (pair.length == 2 && key.equals("physical")) {
                        strategies.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, pair[1].trim());
                    } else if (pair.length == 2 && key.equals("implicit")) {
                        strategies.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, pair[1].trim());
                    } else {
                        throw new HibernateModelException("Unknown naming '" + naming
                                + "': use spring, jpa or physical=<class>,implicit=<class>");
                    }
                }
                return strategies;
        }
    }

    /** The settings that make building a SessionFactory write the create script to {@code script}, and only that. */
    @SuppressWarnings("deprecation")
    private static void scriptOnly(Map<String, Object> settings, StringWriter script) {
        settings.keySet().removeIf(HibernateDdl::connectsOrActs);
        // DDL only: a project's import.sql or load script holds data, which is not part of the schema.
        settings.put(SchemaToolingSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
        // Hibernate writes each statement on its own line, then the delimiter: one no statement holds.
        settings.put(JdbcSettings.FORMAT_SQL, false);
        settings.put(SchemaToolingSettings.HBM2DDL_DELIMITER, DELIMITER);
    }

    /** Settings that would open a connection, act on a database or load data: the project's own, not ours. */
    private static boolean connectsOrActs(String key) {
        return key.startsWith("hibernate.connection.")
                || key.startsWith("jakarta.persistence.jdbc.")
                || key.startsWith("javax.persistence.jdbc.")
                || key.startsWith("hibernate.hikari.")
                || key.startsWith("hibernate.c3p0.")
                || key.startsWith("hibernate.agroal.")
                || key.equals("hibernate.connection")
                || key.equals(JdbcSettings.JAKARTA_JTA_DATASOURCE)
                || key.equals(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE)
                || key.equals("hibernate.connection.datasource")
                || key.equals(SchemaToolingSettings.HBM2DDL_AUTO)
                || key.startsWith("jakarta.persistence.schema-generation.")
                || key.startsWith("javax.persistence.schema-generation.")
                || key.startsWith("jakarta.persistence.sql-load-script")
                || key.equals(SchemaToolingSettings.HBM2DDL_IMPORT_FILES)
                || key.startsWith("hibernate.hbm2ddl.schema-generation.");
    }

    private static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(java.util.regex.Pattern.quote(DELIMITER))) {
            String statement = part.strip();
            if (!statement.isEmpty()) {
                out.add(statement);
            }
        }
        return out;
    }

    /** The distinct messages along the cause chain, on one line: Hibernate often names the entity only in a cause. */
    private static String messages(Throwable error) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return messages.stream()
                .map(m -> m.replaceAll("\\s*\\R\\s*", " ").trim())
                .collect(Collectors.joining(": "));
    }

    /**
     * Spring Boot's default implicit strategy (SpringImplicitNamingStrategy), restated because this module must not
     * depend on Spring: JPA-compliant, except join tables are named {@code <owning table>_<property>}.
     */
    private static final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
        private static final long serialVersionUID = 1L;

        @Override
        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
            String name = source.getOwningPhysicalTableName() + "_"
                    + source.getAssociationOwningAttributePath().getProperty();
            return toIdentifier(name, source.getBuildingContext());
        }
    }
}
