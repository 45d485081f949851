package javamigrations.noctor;

import dev.migrate.script.JavaMigration;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationContext;

/** A migration that only a dependency injector could create. */
@Migration(revision = "n1")
public class NeedsADataSource implements JavaMigration {
    public NeedsADataSource(String dependency) {}

    @Override
    public void upgrade(MigrationContext context) {}

    @Override
    public void downgrade(MigrationContext context) {}
}
