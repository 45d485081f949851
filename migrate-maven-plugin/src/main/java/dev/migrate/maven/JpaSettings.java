package dev.migrate.maven;

import dev.migrate.base.MigrateException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The Hibernate settings the application runs with, so that autogenerate builds the schema its Hibernate builds:
 * {@code hibernate.properties}, then Spring Boot's {@code spring.jpa.properties.*} and naming strategies from
 * {@code application.properties} or {@code application.yml}, all from the compiled resources; then the plugin's
 * {@code jpaProperties}, which win.
 */
final class JpaSettings {
    private static final String SPRING_PROPERTIES = "spring.jpa.properties.";
    private static final Map<String, String> SPRING_NAMING = Map.of(
            "spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
            "spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy");

    private JpaSettings() {}

    static Map<String, String> of(Path classes, Map<String, String> configured) {
        Map<String, String> out = new LinkedHashMap<>(properties(classes.resolve("hibernate.properties")));
        Map<String, String> spring = new LinkedHashMap<>(properties(classes.resolve("application.properties")));
        spring.putAll(yaml(classes.resolve("application.yml")));
        spring.putAll(yaml(classes.resolve("application.yaml")));
        spring.forEach((key, value) -> {
            if (key.startsWith(SPRING_PROPERTIES)) {
                out.put(key.substring(SPRING_PROPERTIES.length()), value);
            } else if (SPRING_NAMING.containsKey(key)) {
                out.put(SPRING_NAMING.get(key), value);
            }
        });
        out.putAll(configured);
        return out;
    }

    private static Map<String, String> properties(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new MigrateException(
                    "Cannot read " + file + ": " + e.getMessage(),
                    "Fix the file; migrate reads the Hibernate settings the application runs with from it.",
                    e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
        return out;
    }

    private static Map<String, String> yaml(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (InputStream in = Files.newInputStream(file)) {
            // a Spring Boot file may hold several documents (profiles); each one's settings count, later ones last
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                flatten("", document, out);
            }
        } catch (IOException | RuntimeException e) {
            throw new MigrateException(
                    "Cannot read " + file + ": " + e.getMessage().strip(),
                    "Fix the file; migrate reads the Hibernate settings the application runs with from it.",
                    e);
        }
        return out;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }
}
