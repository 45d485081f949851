package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.InterruptedStepException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;
import dev.migrate.script.ScriptLocations;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * Java migrations on the servers: PostgreSQL runs one inside the step's transaction, so a failure undoes it;
 * MariaDB commits DDL as it goes, so a failure leaves the step interrupted until someone stamps it.
 */
class JavaMigrationServersTest {
    @TempDir
    Path dir;

    @Test
    void postgresRunsAJavaRevisionInTheStepsTransaction() {
        DatabaseConfig db = TestServers.freshPostgres("migrate_java");
        Migrate migrate = migrate(db, List.of());
        migrate.upgrade("head");
        assertEquals(List.of("Ada", "Grace"), TestServers.rows(db, "SELECT display_name FROM person ORDER BY id"));

        Migrate failing = migrate(db, List.of(new CreatesThenFails()));
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> failing.upgrade("head"));
        assertTrue(e.getMessage().contains("Rolled back: the database is as it was, at r3."), e.getMessage());
        assertEquals(
                List.of(),
                TestServers.rows(db, "SELECT table_name FROM information_schema.tables WHERE table_name = 'audit'"));
        assertEquals(Set.of("r3"), failing.current());

        migrate.downgrade("base");
        assertEquals(
                List.of("migrate_version", "migrate_version_history"),
                TestServers.rows(
                        db,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"));
    }

    @Test
    void mariadbLeavesAFailedJavaRevisionInterrupted() {
        DatabaseConfig db = TestServers.freshMariadb("migrate_java");
        Migrate migrate = migrate(db, List.of(new CreatesThenFails()));
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head"));
        assertTrue(
                e.getMessage()
                        .contains("Part-way: mariadb commits DDL as it goes, so what the Java migration did "
                                + "before it failed stays"),
                e.getMessage());
        assertTrue(e.hint().startsWith("Fix CreatesThenFails.java. Compare the database"), e.hint());
        assertEquals(List.of("Ada", "Grace"), TestServers.rows(db, "SELECT display_name FROM person ORDER BY id"));
        assertEquals(List.of("audit"), TestServers.rows(db, "SHOW TABLES LIKE 'audit'"));

        InterruptedStepException again = assertThrows(InterruptedStepException.class, () -> migrate.upgrade("head"));
        assertTrue(
                again.getMessage().contains("the Java migration " + CreatesThenFails.class.getName()),
                again.getMessage());
    }

    @Migration(revision = "a1", revises = "r3", message = "audit")
    static final class CreatesThenFails implements JavaMigration {
        @Override
        public void upgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.execute("CREATE TABLE audit (id INTEGER)");
            }
            throw new IllegalStateException("the audit service is down");
        }

        @Override
        public void downgrade(MigrationContext context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.execute("DROP TABLE audit");
            }
        }
    }

    private Migrate migrate(DatabaseConfig db, List<JavaMigration> handedIn) {
        return new Migrate(MigrateConfig.builder(db, ScriptLocations.parse("classpath:javamigrations/mixed", null))
                .workDirectory(dir.resolve("work"))
                .javaMigrations(handedIn)
                .build());
    }
}
