package db.app;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;

import java.sql.PreparedStatement;
import java.sql.Statement;

/** A Java migration bean: its title comes from the application's configuration. It has no no-arg constructor. */
@Migration(revision = "r2", revises = "r1", message = "welcome")
public class R2Welcome implements JavaMigration {
    private final String title;

    public R2Welcome(String title) {
        this.title = title;
    }

    @Override
    public void upgrade(MigrationContext context) throws Exception {
        try (PreparedStatement insert =
                context.connection().prepareStatement("INSERT INTO todo (id, title) VALUES (1, ?)")) {
            insert.setString(1, title);
            insert.executeUpdate();
        }
    }

    @Override
    public void downgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("DELETE FROM todo WHERE id = 1");
        }
    }
}
