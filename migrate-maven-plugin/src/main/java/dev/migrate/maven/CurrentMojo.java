package dev.migrate.maven;

import dev.migrate.Migrate;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;
import java.util.Set;

/** Shows the revision(s) the database is at. */
@Mojo(name = "current", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class CurrentMojo extends AbstractMigrateMojo {

    @Override
    protected void run(Migrate migrate) {
        logDatabase();
        Set<String> current = migrate.current();
        if (current.isEmpty()) {
            getLog().info("Current revision: base (no revision applied)");
        }
        List<String> heads = migrate.heads();
        for (String id : current) {
            String message = describe(migrate, id);
            getLog().info("Current revision: " + id + (heads.contains(id) ? " (head)" : "") + message);
        }
    }

    private static String describe(Migrate migrate, String id) {
        try {
            return ", " + migrate.revisionOf(id).message();
        } catch (IllegalArgumentException unknown) {
            return " (no script declares this revision)";
        }
    }
}
