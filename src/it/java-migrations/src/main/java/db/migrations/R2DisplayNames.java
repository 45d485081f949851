package db.migrations;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;
import it.app.Names;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

@Migration(revision = "r2", revises = "r1", message = "display names")
public class R2DisplayNames implements JavaMigration {
    @Override
    public void upgrade(MigrationContext context) throws Exception {
        List<String> shown = new ArrayList<>();
        try (Statement s = context.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT id, name FROM person ORDER BY id");
                PreparedStatement update =
                        context.connection().prepareStatement("UPDATE person SET display_name = ? WHERE id = ?")) {
            while (rs.next()) {
                String display = Names.display(rs.getString(2));
                update.setString(1, display);
                update.setInt(2, rs.getInt(1));
                update.executeUpdate();
                shown.add(display);
            }
        }
        context.log().info("display names: " + String.join(", ", shown));
    }

    @Override
    public void downgrade(MigrationContext context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE person SET display_name = NULL");
        }
    }
}
