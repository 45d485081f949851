package dev.migrate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form layers that depend downwards only (ARCHITECTURE.md, "Packages"): base, graph, script,
 * schema, diff, the dialect SPI, the dialects, runtime, autogenerate and testing, and the facade on top. Nothing
 * names a dialect's package: dialects are found through the service registry.
 */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrate");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.migrate.(**)").should().beFreeOfCycles().check(engine);
    }

    @Test
    void layersDependDownwardsOnly() {
        ArchRule layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("facade")
                .definedBy("dev.migrate")
                .layer("testing")
                .definedBy("dev.migrate.testing..")
                .layer("autogenerate")
                .definedBy("dev.migrate.autogenerate..")
                .layer("runtime")
                .definedBy("dev.migrate.runtime..")
                .layer("dialects")
                .definedBy("dev.migrate.dialect.*..")
                .layer("dialect SPI")
                .definedBy("dev.migrate.dialect")
                .layer("lint")
                .definedBy("dev.migrate.lint..")
                .layer("diff")
                .definedBy("dev.migrate.diff..")
                .layer("schema")
                .definedBy("dev.migrate.schema..")
                .layer("script")
                .definedBy("dev.migrate.script..")
                .layer("graph")
                .definedBy("dev.migrate.graph..")
                .layer("base")
                .definedBy("dev.migrate.base..")
                .whereLayer("facade")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("testing")
                .mayOnlyBeAccessedByLayers("facade")
                .whereLayer("autogenerate")
                .mayOnlyBeAccessedByLayers("facade")
                .whereLayer("runtime")
                .mayOnlyBeAccessedByLayers("facade", "autogenerate", "testing")
                .whereLayer("dialects")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("dialect SPI")
                .mayOnlyBeAccessedByLayers("facade", "autogenerate", "testing", "runtime", "dialects")
                .whereLayer("lint")
                .mayOnlyBeAccessedByLayers("facade", "autogenerate", "testing", "runtime", "dialects", "dialect SPI")
                .whereLayer("diff")
                .mayOnlyBeAccessedByLayers(
                        "facade", "autogenerate", "testing", "runtime", "dialects", "dialect SPI", "lint")
                .whereLayer("schema")
                .mayOnlyBeAccessedByLayers(
                        "facade", "autogenerate", "testing", "runtime", "dialects", "dialect SPI", "lint", "diff")
                .whereLayer("script")
                .mayOnlyBeAccessedByLayers(
                        "facade",
                        "autogenerate",
                        "testing",
                        "runtime",
                        "dialects",
                        "dialect SPI",
                        "lint",
                        "diff",
                        "schema")
                .whereLayer("graph")
                .mayOnlyBeAccessedByLayers(
                        "facade",
                        "autogenerate",
                        "testing",
                        "runtime",
                        "dialects",
                        "dialect SPI",
                        "lint",
                        "diff",
                        "schema",
                        "script");
        layers.check(engine);
    }

    @Test
    void dialectsDoNotKnowEachOther() {
        slices().matching("dev.migrate.dialect.(*)..")
                .should()
                .notDependOnEachOther()
                .check(engine);
    }

    @Test
    void theEngineNeedsOnlyTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("dev.migrate..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.migrate..", "java..", "javax..")
                .check(engine);
    }
}
