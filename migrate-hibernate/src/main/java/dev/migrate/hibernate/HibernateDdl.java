package dev.migrate.hibernate;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.Metadata;
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
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
    private static final String DELIMITER = ";";

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
     * @param properties       extra Hibernate settings
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
            return create(sources.buildMetadata(), registry);
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
        Map<String, Object> settings = new HashMap<>(properties);
        settings.putAll(namingSettings(naming));
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

    @SuppressWarnings("deprecation") // the legacy script settings are deprecated but still honoured, so still removed
    private static List<String> create(Metadata metadata, StandardServiceRegistry registry) {
        Map<String, Object> config = new HashMap<>(
                registry.requireService(ConfigurationService.class).getSettings());
        // DDL only: a project's import.sql or load script holds data, which is not part of the schema.
        config.remove(SchemaToolingSettings.HBM2DDL_IMPORT_FILES);
        config.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_LOAD_SCRIPT_SOURCE);
        config.remove(SchemaToolingSettings.HBM2DDL_LOAD_SCRIPT_SOURCE);
        config.put(SchemaToolingSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        // Hibernate hands each statement to the script target on its own; keep it on one line with a known delimiter.
        config.put(JdbcSettings.FORMAT_SQL, false);
        config.put(SchemaToolingSettings.HBM2DDL_DELIMITER, DELIMITER);

        List<String> statements = new ArrayList<>();
        ScriptTargetOutput script = new ScriptTargetOutput() {
            @Override
            public void prepare() {}

            @Override
            public void accept(String command) {
                statements.add(
                        command.endsWith(DELIMITER)
                                ? command.substring(0, command.length() - DELIMITER.length())
                                : command);
            }

            @Override
            public void release() {}
        };
        ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(config, e -> {
            throw e;
        });
        registry.requireService(SchemaManagementTool.class)
                .getSchemaCreator(config)
                .doCreation(
                        metadata, options, ContributableMatcher.ALL, new MetadataSource(), new ScriptTarget(script));
        return statements;
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

    private static final class MetadataSource implements SourceDescriptor {
        @Override
        public SourceType getSourceType() {
            return SourceType.METADATA;
        }

        @Override
        public ScriptSourceInput getScriptSourceInput() {
            return null;
        }
    }

    private record ScriptTarget(ScriptTargetOutput output) implements TargetDescriptor {
        @Override
        public EnumSet<TargetType> getTargetTypes() {
            return EnumSet.of(TargetType.SCRIPT);
        }

        @Override
        public ScriptTargetOutput getScriptTargetOutput() {
            return output;
        }
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
