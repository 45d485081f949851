package dev.migrate.spring.app;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;

import java.sql.PreparedStatement;
import java.sql.Statement;

/** A Java migration as a Spring bean: its title is a dependency the context injects. */
@Migration(revision = "r2", revises = "r1", message = "first todo")
public class FirstTodo implements JavaMigration {
    private final TodoTitles titles;

    public FirstTodo(TodoTitles titles) {
        this.titles = titles;
    }

    @Override
    public void upgrade(MigrationContext context) throws Exception {
        try (PreparedStatement insert =
                context.connection().prepareStatement("INSERT INTO todo (id, title, done) VALUES (1, ?, ?)")) {
            insert.setString(1, titles.first());
            insert.setBoolean(2, false);
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
