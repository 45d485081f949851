package ${package}.migration;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.script.ScriptLocations;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Migrates the database at start-up, before JPA starts. Hibernate is set to {@code ddl-auto=validate}
 * (application.properties): it checks the schema that the migrations built and never changes it.
 */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseMigrationConfiguration.JpaWaitsForMigration.class)
public class DatabaseMigrationConfiguration {

    /** Where the scripts are on the classpath: src/main/resources/db/migrations, the plugin's default. */
    static final String MIGRATIONS_LOCATION = "classpath:db/migrations";

    /** Migrates the application's own database: the URL and login of spring.datasource.*. */
    @Bean
    DatabaseMigration databaseMigration(DataSourceProperties dataSource) {
        DatabaseConfig database = new DatabaseConfig(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword());
        return new DatabaseMigration(
                database, ScriptLocations.parse(MIGRATIONS_LOCATION, getClass().getClassLoader()));
    }

    /** Makes the EntityManagerFactory depend on the migration, so that Hibernate validates a migrated schema. */
    static class JpaWaitsForMigration extends EntityManagerFactoryDependsOnPostProcessor {

        JpaWaitsForMigration() {
            super(DatabaseMigration.class);
        }
    }
}
