package dev.migrate.corpus;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The PostgreSQL corpus, judged by {@code pg_dump --schema-only}. */
@Tag("server")
class PostgresCorpusTest extends CorpusContract {
    private static final java.util.Map<String, DatabaseConfig> DATABASES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Created once, emptied for each case: a new database per case would take most of the run. */
    @Override
    protected Database fresh(String name) {
        DatabaseConfig config =
                DATABASES.computeIfAbsent(name + worker(), n -> TestServers.freshPostgres("corpus_" + n));
        TestServers.execute(config, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        return new Database(config);
    }

    @Override
    protected String corpus() {
        return "postgres";
    }

    @Override
    protected String dump(Database db) throws IOException {
        String url = db.config().url();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        Process p = new ProcessBuilder(List.of(
                        "pg_dump",
                        "--schema-only",
                        "--no-owner",
                        "--no-privileges",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        TestServers.POSTGRES_USER,
                        name))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("pg_dump failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out.lines()
                .filter(l -> !l.isBlank()
                        && !l.startsWith("--")
                        && !l.startsWith("SET ")
                        && !l.startsWith("SELECT pg_catalog.set_config")
                        // a random key per run of pg_dump
                        && !l.startsWith("\\restrict ")
                        && !l.startsWith("\\unrestrict "))
                .collect(Collectors.joining("\n"));
    }
}
