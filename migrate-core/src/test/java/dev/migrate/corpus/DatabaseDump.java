package dev.migrate.corpus;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;

/**
 * The corpus's judge for other tests: the database's own account of its schema (pg_dump --schema-only, SHOW CREATE,
 * sqlite_master and the pragmas), as the corpus compares it.
 */
public final class DatabaseDump {
    private DatabaseDump() {}

    public static String of(DatabaseConfig config) {
        Database db = new Database(config);
        try {
            String url = config.url();
            if (url.startsWith("jdbc:postgresql:")) {
                return new PostgresCorpusTest().dump(db);
            }
            if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
                return new MariaDbCorpusTest().dump(db);
            }
            return new SqliteCorpusTest().dump(db);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot dump " + config.url() + ": " + e.getMessage(), e);
        }
    }
}
