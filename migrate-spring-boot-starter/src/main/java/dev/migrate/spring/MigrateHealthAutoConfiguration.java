package dev.migrate.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code migrate} health contribution, when the application has Spring Boot's health support. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(MigrateInitializer.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public class MigrateHealthAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "migrateHealthIndicator")
    public MigrateHealthIndicator migrateHealthIndicator(MigrateInitializer initializer) {
        return new MigrateHealthIndicator(initializer);
    }
}
