package dev.migrate.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Spring Boot's JPA test slice migrates too (the starter lists itself for it), so a repository test runs on the
 * schema the migrations build, which Hibernate only validates.
 */
@DataJpaTest(
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect"
        })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaSliceTest {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        var file = Files.createTempFile("migrate-slice-", ".db");
        file.toFile().deleteOnExit();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    }

    @Autowired
    private TestEntityManager entityManager;

    @Test
    void theSliceStartsOnTheMigratedSchemaWithTheJavaMigrationsRows() {
        assertThat(entityManager.find(Todo.class, 1L).getTitle()).isEqualTo("write the starter");
    }
}
