package dev.migrate.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;

/** Spring Boot's JDBC test slice migrates too, before the JdbcTemplate it hands the test is used. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcSliceTest {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        var file = Files.createTempFile("migrate-jdbc-slice-", ".db");
        file.toFile().deleteOnExit();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theSliceStartsOnTheMigratedSchemaWithTheJavaMigrationsRows() {
        assertThat(jdbc.queryForList("SELECT title FROM todo", String.class)).containsExactly("write the starter");
        assertThat(jdbc.queryForObject("SELECT version_num FROM migrate_version", String.class))
                .isEqualTo("r2");
    }
}
