package javamigrations.mixed;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** A data migration in code, between two SQL scripts; found as a class of the classpath location. */
@Migration(revision = "r2", revises = "r1", message = "backfill display names", created = "2026-12-04T00:00:02Z")
public class R2BackfillDisplayNames implements JavaMigration {
    @Override
    public void upgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT id, name FROM person ORDER BY id");
                PreparedStatement update =
                        context.connection().prepareStatement("UPDATE person SET display_name = ? WHERE id = ?")) {
            while (rs.next()) {
                update.setString(1, DisplayNames.of(rs.getString(2)));
                update.setInt(2, rs.getInt(1));
                update.executeUpdate();
            }
        }
    }

    @Override
    public void downgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE person SET display_name = NULL");
        }
    }

    /** A nested class of a migration: not a revision of its own. */
    static final class Unused {}
}
