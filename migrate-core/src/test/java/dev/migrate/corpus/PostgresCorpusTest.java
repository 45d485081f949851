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

    /**
     * Every rule but the drops and renames the model asks for, the NOT NULL column it asks for without a default, and
     * the type changes that rewrite the table (integer to bigint, jsonb to json): no form of those keeps the table
     * writable, so the finding is the reviewer's warning. A type change PostgreSQL makes in the catalog alone (a wider
     * varchar, varchar to text, citext) is no finding.
     */
    @Override
    protected java.util.Set<String> rulesAutogenerateSatisfies() {
        java.util.Set<String> rules = new java.util.HashSet<>();
        dev.migrate.dialect.Dialects.forUrl("jdbc:postgresql://x/y").lintRules().forEach(r -> rules.add(r.id()));
        rules.remove("rewriting-type-change");
        rules.addAll(java.util.Set.of(
                "backfill-with-ddl",
                "data-migration-without-downgrade",
                "multiple-heads",
                "not-understood",
                "lint-ignore"));
        return rules;
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
                .map(PostgresCorpusTest::storageInNameOrder)
                .collect(Collectors.joining("\n"));
    }

    /**
     * A table's storage parameters are a set: pg_dump lists them in the order they were set, and ALTER TABLE SET
     * adds a new one last. They are compared in name order.
     */
    static String storageInNameOrder(String line) {
        java.util.regex.Matcher m = STORAGE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String[] options = m.group(2).split(", ");
        java.util.Arrays.sort(options);
        return m.group(1) + String.join(", ", options) + m.group(3);
    }

    private static final java.util.regex.Pattern STORAGE =
            java.util.regex.Pattern.compile("(WITH \\()([a-z_.]+='[^']*'(?:, [a-z_.]+='[^']*')*)(\\);)");
}
