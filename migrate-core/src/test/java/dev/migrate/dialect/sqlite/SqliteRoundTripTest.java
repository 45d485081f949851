package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.diff.RoundTripTest;
import dev.migrate.schema.ForeignKey;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The round trip on SQLite files, where most changes take the table rebuild. */
class SqliteRoundTripTest extends RoundTripTest {
    @TempDir
    Path dir;

    @Override
    protected int pairs() {
        return 150;
    }

    @Override
    protected String[] types() {
        return new String[] {"INTEGER", "TEXT", "REAL", "VARCHAR(40)", "NUMERIC", "BLOB"};
    }

    @Override
    protected String[] deferrals() {
        return new String[] {null, ForeignKey.DEFERRABLE, ForeignKey.INITIALLY_DEFERRED};
    }

    @Override
    protected Database emptyDatabase(String name) {
        return new Database(new DatabaseConfig("jdbc:sqlite:" + dir.resolve(name + ".db"), null, null));
    }
}
