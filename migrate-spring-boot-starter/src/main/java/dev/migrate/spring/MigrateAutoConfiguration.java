package dev.migrate.spring;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.ScriptLocations;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCurrentlyInCreationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Migrates the application's DataSource at start-up, before JPA and JDBC templates: active when migrate and a
 * DataSource (or {@code migrate.url}) are there, unless {@code migrate.enabled=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@Conditional(MigrateAutoConfiguration.DataSourceOrUrl.class)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrateAutoConfiguration {
    /** The application's DataSource: the bean Boot and JPA use. */
    static final String PRIMARY = "dataSource";

    @Bean
    @ConditionalOnMissingBean
    public MigrateInitializer migrateInitializer(
            MigrateProperties properties,
            ObjectProvider<DataSource> dataSource,
            ObjectProvider<JavaMigration> javaMigrations,
            ObjectProvider<MigrateStrategy> strategy,
            ConfigurableListableBeanFactory beans,
            Environment environment) {
        ClassLoader loader = beans.getBeanClassLoader();
        List<JavaMigration> java = javaMigrationBeans(javaMigrations);
        List<MigrateRun> runs = new ArrayList<>();
        for (Map.Entry<String, MigrateProperties.DataSourceMigration> e :
                properties.getDataSources().entrySet()) {
            MigrateProperties.DataSourceMigration m = e.getValue();
            if (!m.isEnabled()) {
                continue;
            }
            ScriptLocations locations = ScriptLocations.parse(String.join(",", m.getLocations()), loader);
            List<JavaMigration> mine = claim(java, locations);
            DatabaseConfig db = DatabaseConfig.of(namedDataSource(beans, e.getKey()));
            runs.add(run(
                    e.getKey(),
                    db,
                    MigrateConfig.builder(db, locations)
                            .versionTable(m.getVersionTable())
                            .transactionMode(properties.getTransaction())
                            .javaMigrations(mine),
                    m.getTarget(),
                    properties));
        }
        DatabaseConfig primary = primary(properties, dataSource, runs.isEmpty());
        if (primary != null) {
            ScriptLocations locations = ScriptLocations.parse(String.join(",", properties.getLocations()), loader);
            runs.add(
                    0,
                    run(
                            PRIMARY,
                            primary,
                            MigrateConfig.builder(primary, locations)
                                    .versionTable(properties.getVersionTable())
                                    .transactionMode(properties.getTransaction())
                                    .javaMigrations(java),
                            properties.getTarget(),
                            properties));
        }
        boolean exit = properties.isExitAfterMigrate() || environment.containsProperty("migrate-and-exit");
        return new MigrateInitializer(runs, strategy.getIfAvailable(() -> MigrateStrategy.UPGRADE), exit);
    }

    private static MigrateRun run(
            String name, DatabaseConfig db, MigrateConfig.Builder config, String target, MigrateProperties p) {
        return new MigrateRun(
                name, db.maskedUrl(), new Migrate(config.build()), target, p.isFailOnEdited(), p.getBaseline());
    }

    /** {@code migrate.url} when set, else the application's single (or primary) DataSource. */
    private static DatabaseConfig primary(
            MigrateProperties properties, ObjectProvider<DataSource> dataSource, boolean required) {
        if (properties.getUrl() != null && !properties.getUrl().isBlank()) {
            return new DatabaseConfig(properties.getUrl().strip(), properties.getUser(), properties.getPassword());
        }
        DataSource ds = dataSource.getIfUnique();
        if (ds == null) {
            if (!required) {
                return null;
            }
            throw new IllegalStateException("migrate cannot tell which DataSource to migrate: the application has "
                    + "several and none is @Primary. Mark one @Primary, set migrate.url, or name them under "
                    + "migrate.data-sources.<bean name>.locations.");
        }
        return DatabaseConfig.of(ds);
    }

    private static DataSource namedDataSource(ConfigurableListableBeanFactory beans, String name) {
        try {
            return beans.getBean(name, DataSource.class);
        } catch (NoSuchBeanDefinitionException e) {
            throw new IllegalStateException(
                    "migrate.data-sources." + name + " names no DataSource bean; the DataSource beans are "
                            + String.join(", ", beans.getBeanNamesForType(DataSource.class)),
                    e);
        }
    }

    /**
     * The Java migrations whose package a classpath location of {@code locations} is; they are taken out of
     * {@code all}, whose rest go to the application's DataSource.
     */
    private static List<JavaMigration> claim(List<JavaMigration> all, ScriptLocations locations) {
        List<JavaMigration> mine = new ArrayList<>();
        for (String location : locations.locations()) {
            if (!location.toLowerCase(Locale.ROOT).startsWith(ScriptLocations.CLASSPATH)) {
                continue;
            }
            String pkg = location.substring(ScriptLocations.CLASSPATH.length())
                    .replaceAll("^/+|/+$", "")
                    .replace('/', '.');
            for (JavaMigration m : List.copyOf(all)) {
                if (m.getClass().getPackageName().equals(pkg)) {
                    mine.add(m);
                    all.remove(m);
                }
            }
        }
        return mine;
    }

    private static List<JavaMigration> javaMigrationBeans(ObjectProvider<JavaMigration> beans) {
        try {
            return new ArrayList<>(beans.orderedStream().toList());
        } catch (BeansException e) {
            if (!(e.getMostSpecificCause() instanceof BeanCurrentlyInCreationException)
                    && !(e instanceof BeanCurrentlyInCreationException)) {
                throw e;
            }
            throw new IllegalStateException(
                    "A JavaMigration bean needs a bean that itself needs the migrated database (a JdbcTemplate, "
                            + "a JPA repository or EntityManager), and those are created after the migrations run. "
                            + "Use the connection the migration gets (context.connection()) instead: "
                            + e.getMostSpecificCause().getMessage(),
                    e);
        }
    }

    /** A DataSource bean to migrate, or a URL of its own. */
    static final class DataSourceOrUrl extends AnyNestedCondition {
        DataSourceOrUrl() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {}

        @ConditionalOnProperty(prefix = "migrate", name = "url")
        private static final class MigrateUrl {}
    }
}
