package it.app;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.util.HashMap;
import java.util.Map;

/** Starts Hibernate on the migrated database as the application would, with hbm2ddl.auto=validate. */
public final class ValidateSchema {
    public static void main(String[] args) throws Exception {
        String url = System.getProperty("migrate.url", "jdbc:sqlite:todo.db");
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", url);
        settings.put("hibernate.connection.username", System.getProperty("migrate.user", ""));
        if (url.startsWith("jdbc:sqlite:")) {
            settings.put("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.physical_naming_strategy", new PhysicalNamingStrategySnakeCaseImpl());
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : it.domain.Entities.ALL) {
                sources.addAnnotatedClass(entity);
            }
            sources.buildMetadata().buildSessionFactory().close();
            System.out.println("VALIDATED: Hibernate accepts the migrated schema");
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
