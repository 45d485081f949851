package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The Hibernate settings read from a project's compiled resources, as its application would run with them. */
class JpaSettingsTest {
    @TempDir
    Path classes;

    @Test
    void readsHibernatePropertiesThenSpringBootsThenThePluginsOwn() throws IOException {
        Files.writeString(classes.resolve("hibernate.properties"), """
                hibernate.id.db_structure_naming_strategy=legacy
                hibernate.default_batch_fetch_size=8
                """);
        Files.writeString(classes.resolve("application.properties"), """
                spring.datasource.url=jdbc:postgresql://db/app
                spring.jpa.properties.hibernate.default_batch_fetch_size=16
                spring.jpa.hibernate.naming.physical-strategy=com.example.Naming
                """);
        Files.writeString(classes.resolve("application.yml"), """
                spring:
                  jpa:
                    properties:
                      hibernate:
                        timezone.default_storage: NORMALIZE_UTC
                        globally_quoted_identifiers: true
                ---
                spring:
                  config.activate.on-profile: prod
                """);
        Map<String, String> settings =
                JpaSettings.of(classes, Map.of("hibernate.globally_quoted_identifiers", "false"));
        assertEquals(
                Map.of(
                        "hibernate.id.db_structure_naming_strategy", "legacy",
                        "hibernate.default_batch_fetch_size", "16",
                        "hibernate.physical_naming_strategy", "com.example.Naming",
                        "hibernate.timezone.default_storage", "NORMALIZE_UTC",
                        "hibernate.globally_quoted_identifiers", "false"),
                settings);
    }

    @Test
    void noFilesNoSettings() {
        assertEquals(Map.of(), JpaSettings.of(classes, Map.of()));
    }

    @Test
    void aBrokenYamlFileIsNamed() throws IOException {
        Files.writeString(classes.resolve("application.yml"), "spring: [unclosed\n");
        MigrateException e = assertThrows(MigrateException.class, () -> JpaSettings.of(classes, Map.of()));
        assertTrue(e.getMessage().contains("application.yml"), e.getMessage());
    }
}
