package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * migrate-core as a named module, booted in a layer of its own the way a modular application would load it: it
 * resolves with nothing but the JDK, exports the API and the dialect SPI but no dialect, and provides the three
 * dialects as services.
 */
class ModuleTest {
    private static final ModuleLayer LAYER = boot();

    private static ModuleLayer boot() {
        ModuleFinder finder = ModuleFinder.of(Path.of("target/classes"));
        Configuration cf = ModuleLayer.boot()
                .configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.migrate.core"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void exportsTheApiAndTheSpiButNoDialect() {
        ModuleDescriptor d = LAYER.findModule("dev.migrate.core").orElseThrow().getDescriptor();
        Set<String> exported = d.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(List.of(
                        "dev.migrate",
                        "dev.migrate.autogenerate",
                        "dev.migrate.base",
                        "dev.migrate.diff",
                        "dev.migrate.dialect",
                        "dev.migrate.graph",
                        "dev.migrate.lint",
                        "dev.migrate.runtime",
                        "dev.migrate.schema",
                        "dev.migrate.script",
                        "dev.migrate.testing")),
                exported);
        assertTrue(
                d.packages()
                        .containsAll(Set.of(
                                "dev.migrate.dialect.sqlite",
                                "dev.migrate.dialect.postgres",
                                "dev.migrate.dialect.mariadb")),
                d.packages().toString());
        assertEquals(
                Set.of("java.base", "java.sql", "java.management"),
                d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }

    @Test
    void theDialectsAreServicesOfTheModule() throws ClassNotFoundException {
        Module core = LAYER.findModule("dev.migrate.core").orElseThrow();
        Class<?> spi = core.getClassLoader().loadClass(Dialect.class.getName());
        List<String> found = ServiceLoader.load(LAYER, spi).stream()
                .map(p -> p.type().getName())
                .toList();
        assertEquals(
                List.of(
                        "dev.migrate.dialect.sqlite.SqliteDialect",
                        "dev.migrate.dialect.postgres.PostgresDialect",
                        "dev.migrate.dialect.mariadb.MariaDbDialect"),
                found);
        assertTrue(!core.isExported("dev.migrate.dialect.sqlite") && core.isExported("dev.migrate.dialect"));
    }
}
