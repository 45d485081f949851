package dev.migrate.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link MigrateInitializer} initialises the database, so that every bean that depends on
 * database initialisation (JPA, JDBC templates, jOOQ, an application's own {@code @DependsOnDatabaseInitialization})
 * is created after it: the way Boot's own Flyway and Liquibase support is ordered.
 */
public class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector
        implements DatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrateInitializer.class);
    }
}
