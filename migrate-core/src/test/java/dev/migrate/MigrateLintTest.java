package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.lint.LintReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Migrate.lint reads the revisions the database has not applied, or all of them, or a range. */
class MigrateLintTest {
    @TempDir
    Path dir;

    @Test
    void pendingRevisionsByDefaultAllOrARangeOnRequest() throws java.io.IOException {
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT);")
                .down("DROP TABLE todo;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("ALTER TABLE todo RENAME COLUMN title TO name;")
                .down("ALTER TABLE todo RENAME COLUMN name TO title;")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .up("ALTER TABLE todo DROP COLUMN name;")
                .down("ALTER TABLE todo ADD COLUMN name TEXT;")
                .write();
        Migrate migrate = new Migrate(Fixtures.config(dir.resolve("app.db"), migrations, dir.resolve("work"))
                .build());
        migrate.upgrade("r2");

        LintReport pending = migrate.lint("pending", Map.of());
        assertEquals(1, pending.scripts());
        assertEquals(List.of("r3.sql drop-column"), described(pending));
        List<String> r3 = java.nio.file.Files.readAllLines(migrations.resolve("r3.sql"));
        assertEquals(
                r3.indexOf("ALTER TABLE todo DROP COLUMN name;") + 1,
                pending.findings().get(0).line());

        assertEquals(List.of("r2.sql rename-column", "r3.sql drop-column"), described(migrate.lint("all", Map.of())));
        assertEquals(List.of("r2.sql rename-column"), described(migrate.lint("r2:r2", Map.of())));

        migrate.upgrade("head");
        assertEquals(List.of(), migrate.lint(null, Map.of()).findings());
    }

    /** A type change is judged against the type the revisions before it gave, applied or not, on the server's release. */
    @Test
    @org.junit.jupiter.api.Tag("server")
    void typeChangesAreJudgedAgainstTheEarlierRevisions() {
        Path migrations = dir.resolve("pg");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE todo (id INT PRIMARY KEY, title VARCHAR(100), n INT);")
                .down("DROP TABLE todo;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("SET LOCAL lock_timeout = '5s';\nALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(200);")
                .down("ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(100);")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .up("SET LOCAL lock_timeout = '5s';\nALTER TABLE todo ALTER COLUMN n TYPE BIGINT;\n"
                        + "ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(150);")
                .down("ALTER TABLE todo ALTER COLUMN n TYPE INT;")
                .write();
        Migrate migrate = new Migrate(MigrateConfig.builder(
                        dev.migrate.servers.TestServers.freshPostgres("migrate_lint_types_pending"), migrations)
                .build());
        migrate.upgrade("r1");
        List<String> expected =
                List.of("r3.sql rewriting-type-change", "r3.sql narrow-type", "r3.sql rewriting-type-change");
        assertEquals(expected, described(migrate.lint("pending", Map.of())));
        assertEquals(expected, described(migrate.lint("r3:r3", Map.of())));
    }

    /** A Java migration whose downgrade does nothing, or only throws, is a data migration without a downgrade. */
    @Test
    void aJavaMigrationsDowngradeIsReadFromItsClass() {
        Migrate migrate = new Migrate(MigrateConfig.builder(
                        new dev.migrate.dialect.DatabaseConfig("jdbc:sqlite:" + dir.resolve("java.db"), null, null),
                        dev.migrate.script.ScriptLocations.parse("classpath:javamigrations/mixed", null))
                .workDirectory(dir.resolve("work"))
                .javaMigrations(List.of(new Irreversible(), new Forgetful()))
                .build());
        List<String> java = migrate.lint("all", Map.of()).findings().stream()
                .filter(f -> f.location().contains("$") || f.location().contains("R2Backfill"))
                .map(f -> f.location().substring(f.location().lastIndexOf('$') + 1) + " " + f.rule() + ": " + f.why())
                .toList();
        String why = ", so a downgrade leaves whatever the upgrade changed while the version says it is undone.";
        assertEquals(
                List.of(
                        "Irreversible data-migration-without-downgrade: Its downgrade only throws" + why,
                        "Forgetful data-migration-without-downgrade: Its downgrade does nothing" + why),
                java);
    }

    @dev.migrate.script.Migration(revision = "j1", revises = "r3", message = "irreversible")
    static final class Irreversible implements dev.migrate.script.JavaMigration {
        @Override
        public void upgrade(dev.migrate.script.MigrationContext context) throws Exception {
            try (java.sql.Statement s = context.connection().createStatement()) {
                s.executeUpdate("UPDATE person SET name = upper(name)");
            }
        }

        @Override
        public void downgrade(dev.migrate.script.MigrationContext context) {
            throw new UnsupportedOperationException("the old case is lost");
        }
    }

    @dev.migrate.script.Migration(revision = "j2", revises = "j1", message = "forgetful")
    static final class Forgetful implements dev.migrate.script.JavaMigration {
        @Override
        public void upgrade(dev.migrate.script.MigrationContext context) throws Exception {
            try (java.sql.Statement s = context.connection().createStatement()) {
                s.executeUpdate("DELETE FROM person WHERE id = 2");
            }
        }

        @Override
        public void downgrade(dev.migrate.script.MigrationContext context) {}
    }

    private static List<String> described(LintReport report) {
        return report.findings().stream()
                .map(f -> Path.of(f.location()).getFileName() + " " + f.rule())
                .toList();
    }
}
