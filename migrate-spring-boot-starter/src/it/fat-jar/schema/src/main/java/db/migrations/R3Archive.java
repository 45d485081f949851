package db.migrations;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;

import java.sql.Statement;

/** A plain Java migration (no bean): found by scanning classpath:db/migrations inside the nested library jar. */
@Migration(revision = "r3", revises = "r2", message = "archive")
public class R3Archive implements JavaMigration {
    @Override
    public void upgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("INSERT INTO todo (id, title) VALUES (2, 'from the nested jar')");
        }
    }

    @Override
    public void downgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("DELETE FROM todo WHERE id = 2");
        }
    }
}
