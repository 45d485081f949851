package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.app.FirstTodo;
import dev.migrate.spring.app.Todo;
import dev.migrate.spring.app.TodoTitles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The auto-configuration in Spring Boot's own test support, on real SQLite files. */
class MigrateAutoConfigurationTest {
    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class,
                        MigrateAutoConfiguration.class,
                        MigrateActuatorAutoConfiguration.class,
                        MigrateHealthAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + db());
    }

    @Test
    void theApplicationsDataSourceIsMigratedAtStartUpWithJavaMigrationBeans() {
        runner().withUserConfiguration(Beans.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrateInitializer.class);
            assertThat(rows(db(), "SELECT version_num FROM migrate_version")).containsExactly("r2");
            assertThat(rows(db(), "SELECT title FROM todo")).containsExactly("injected title");
        });
    }

    @Test
    void jpaStartsOnTheMigratedSchema() {
        runner().withUserConfiguration(Beans.class, Jpa.class)
                .withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class))
                .withPropertyValues(
                        "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect")
                .run(context -> {
                    // Hibernate validates the table the migrations create: it must start after them
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdbcTemplate.class)
                                    .queryForObject("SELECT count(*) FROM todo", Long.class))
                            .isEqualTo(1L);
                });
    }

    @Test
    void disabledItLeavesTheDatabaseAlone() {
        runner().withUserConfiguration(Beans.class)
                .withPropertyValues("migrate.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class);
                    assertThat(db().toFile()).doesNotExist();
                });
    }

    @Test
    void withoutADataSourceThereIsNothingToMigrate() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void aValidatingStrategyRefusesAnUnmigratedDatabaseAndRunsNothing() {
        runner().withUserConfiguration(Beans.class)
                .withBean(MigrateStrategy.class, () -> MigrateStrategy.VALIDATE)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessage("The database of dataSource is not migrated: pending r1, r2");
                    assertThat(rows(db(), "SELECT name FROM sqlite_master WHERE name = 'todo'"))
                            .isEmpty();
                });
    }

    @Test
    void eachDataSourceIsMigratedFromItsOwnLocations() {
        Path reporting = dir.resolve("reporting.db");
        runner().withUserConfiguration(Beans.class)
                .withBean("reportingDataSource", DataSource.class, () -> sqlite(reporting))
                .withBean("dataSource", DataSource.class, () -> sqlite(db()), d -> d.setPrimary(true))
                .withPropertyValues("migrate.data-sources.reportingDataSource.locations=classpath:db/reporting")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(rows(db(), "SELECT version_num FROM migrate_version"))
                            .containsExactly("r2");
                    assertThat(rows(reporting, "SELECT version_num FROM migrate_version"))
                            .containsExactly("k1");
                    assertThat(rows(reporting, "SELECT name FROM sqlite_master WHERE name = 'todo'"))
                            .isEmpty();
                    assertThat(context.getBean(MigrateInitializer.class).runs())
                            .extracting(MigrateRun::dataSource)
                            .containsExactly("dataSource", "reportingDataSource");
                });
    }

    @Test
    void aJavaMigrationThatNeedsTheMigratedDatabaseIsExplained() {
        runner().withUserConfiguration(NeedsJdbcTemplate.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasStackTraceContaining("A JavaMigration bean needs a bean that itself needs the migrated "
                            + "database (a JdbcTemplate, a JPA repository or EntityManager)");
        });
    }

    @Test
    void theEndpointAndHealthSayWhereTheDatabaseIs() {
        runner().withUserConfiguration(Beans.class)
                .withPropertyValues("management.endpoints.web.exposure.include=migrate")
                .run(context -> {
                    MigrateEndpoint.DataSourceReport report = context.getBean(MigrateEndpoint.class)
                            .migrate()
                            .dataSources()
                            .get("dataSource");
                    assertThat(report.current()).containsExactly("r2");
                    assertThat(report.heads()).containsExactly("r2");
                    assertThat(report.applied())
                            .extracting(MigrateEndpoint.Applied::revision, MigrateEndpoint.Applied::action)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("r1", "upgrade"),
                                    org.assertj.core.groups.Tuple.tuple("r2", "upgrade"));
                    assertThat(report.applied().get(0).durationMs()).isNotNull();
                    assertThat(report.pending()).isEmpty();
                    assertThat(report.interrupted()).isNull();

                    MigrateHealthIndicator health = context.getBean(MigrateHealthIndicator.class);
                    assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
                    // a step the database says was killed part-way (as a MariaDB run's is): DOWN until resolved
                    execute(db(), "INSERT INTO migrate_version_history (revision, action) VALUES ('r3', 'running:up')");
                    Health down = health.health(true);
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(down.getDetails().get("dataSource").toString()).contains("did not finish");
                });
    }

    // ----- configurations -----

    @Configuration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        TodoTitles titles() {
            return new TodoTitles("injected title");
        }

        @Bean
        FirstTodo firstTodo(TodoTitles titles) {
            return new FirstTodo(titles);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Todo.class)
    static class Jpa {}

    @Configuration(proxyBeanMethods = false)
    static class NeedsJdbcTemplate {
        @Bean
        FirstTodo firstTodo(JdbcTemplate jdbc) {
            return new FirstTodo(new TodoTitles(jdbc.toString()));
        }
    }

    // ----- helpers -----

    private Path db() {
        return dir.resolve("app.db");
    }

    private static DataSource sqlite(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void execute(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
