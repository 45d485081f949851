package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.Confirmation;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.TenantOutcome;
import dev.migrate.runtime.TenantReport;
import dev.migrate.runtime.TenantSource;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * One configuration migrating many tenants in parallel: 200 PostgreSQL schemas, 50 SQLite files, 3 MariaDB
 * databases, each with its own version table, judged by each database's catalog; a failed tenant is reported while
 * the others finish, and a rerun resumes it.
 */
class TenantsTest {
    @TempDir
    Path dir;

    @Test
    @Tag("server")
    void twoHundredPostgresSchemasFromAQuery() throws IOException {
        DatabaseConfig db = TestServers.freshPostgres("tenants_pg");
        List<String> names = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> String.format("t%03d", i))
                .toList();
        TestServers.execute(db, "CREATE TABLE tenant_registry (name TEXT PRIMARY KEY)");
        TestServers.execute(
                db, "INSERT INTO tenant_registry SELECT 't' || lpad(i::text, 3, '0') FROM generate_series(1, 200) i");
        // t013 already has an orders table, so s3 fails there: reported, while the 199 others reach the head
        TestServers.execute(db, "CREATE SCHEMA t013", "CREATE TABLE t013.orders (x INT)");
        scripts();
        TenantSource source = TenantSource.query("SELECT name FROM tenant_registry ORDER BY name");

        long start = System.nanoTime();
        TenantReport<RunResult> first = migrate(db).upgradeTenants(source, 4, "head");
        long firstMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(
                names, first.outcomes().stream().map(o -> o.tenant().name()).toList(), "in the query's order");
        assertEquals(List.of("t013"), failedNames(first));
        assertTrue(
                first.failed().get(0).failure().getMessage().contains("orders"),
                first.failed().get(0).failure().getMessage());
        Map<String, String> versions = versionsBySchema(db);
        assertEquals(200, versions.size(), "every tenant has its own version table: " + versions.keySet());
        assertEquals("s2", versions.get("t013"), "t013 keeps what it committed before s3 failed");
        assertEquals(199, versions.values().stream().filter("s3"::equals).count());
        assertFalse(
                TestServers.rows(db, "SELECT to_regclass('public.migrate_version')::text")
                                .get(0)
                        != null,
                "the configured schema itself is not migrated");
        Map<String, String> tables = tablesBySchema(db);
        String atHead = tables.get("t001");
        assertEquals("accounts,orders", atHead);
        assertEquals(200, tables.values().stream().filter(atHead::equals).count(), tables.toString());
        assertEquals(
                List.of("x"),
                TestServers.rows(
                        db,
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 't013'"
                                + " AND table_name = 'orders'"),
                "t013's own orders table is left as it was");

        TestServers.execute(db, "DROP TABLE t013.orders");
        start = System.nanoTime();
        TenantReport<RunResult> rerun = migrate(db).upgradeTenants(source, 4, "head");
        long rerunMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(rerun.failed().isEmpty(), failedNames(rerun).toString());
        assertEquals(199, rerun.count(r -> r.steps().isEmpty()), "the others have nothing to do");
        assertEquals(List.of("s3"), stepsOf(rerun, "t013"), "the rerun resumes t013 at s3");
        assertEquals(Set.of("s3"), Set.copyOf(versionsBySchema(db).values()));
        assertEquals(
                200, tablesBySchema(db).values().stream().filter(atHead::equals).count());

        TenantReport<Status> status = migrate(db).statusTenants(source, 8);
        assertEquals(200, status.count(s -> s.current().equals(Set.of("s3"))));
        System.out.println("TenantsTest: 200 PostgreSQL schemas, 4 at once: first run " + firstMillis + " ms, rerun "
                + rerunMillis + " ms");
    }

    @Test
    void fiftySqliteFilesListedThenMatchedByAPattern() throws IOException {
        Path files = Files.createDirectories(dir.resolve("tenants"));
        DatabaseConfig registry = new DatabaseConfig("jdbc:sqlite:" + files.resolve("registry.db"), null, null);
        List<String> names = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> String.format("c%02d.db", i))
                .toList();
        Fixtures.execute(files.resolve("c07.db"), "CREATE TABLE orders (x INT)");
        scripts();

        TenantReport<RunResult> first = migrate(registry).upgradeTenants(TenantSource.list(names), 4, "head");
        assertEquals(List.of("c07.db"), failedNames(first));
        assertEquals(49, first.count(r -> r.headsAfter().equals(Set.of("s3"))));
        assertEquals(List.of("s2"), Fixtures.versionRows(files.resolve("c07.db")));
        assertEquals(
                List.of("accounts", "migrate_version", "migrate_version_history", "orders"),
                sqliteTables(files.resolve("c01.db")));

        Fixtures.execute(files.resolve("c07.db"), "DROP TABLE orders");
        Files.writeString(files.resolve("notes.txt"), "not a tenant");
        TenantReport<RunResult> rerun =
                migrate(registry).upgradeTenants(TenantSource.list(List.of("c*.db")), 3, "head");
        assertEquals(
                names, rerun.outcomes().stream().map(o -> o.tenant().name()).toList(), "the pattern's files");
        assertTrue(rerun.failed().isEmpty());
        assertEquals(List.of("s3"), stepsOf(rerun, "c07.db"));
        for (String name : names) {
            assertEquals(List.of("s3"), Fixtures.versionRows(files.resolve(name)), name);
        }
        assertFalse(Files.exists(files.resolve("registry.db")), "the configured file is not a tenant");

        MigrateException none = assertThrows(
                MigrateException.class,
                () -> migrate(registry).upgradeTenants(TenantSource.list(List.of("x*.db")), 3, "head"));
        assertTrue(none.getMessage().contains("'x*.db' matches no file"), none.getMessage());
    }

    @Test
    @Tag("server")
    void threeMariaDbDatabasesUpAndDown() throws IOException {
        DatabaseConfig server = TestServers.mariadb();
        List<String> names = List.of("tenant_a", "tenant_b", "tenant_c");
        for (String n : names) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + n);
        }
        scripts();
        TenantSource source = TenantSource.list(names);

        TenantReport<RunResult> up = migrate(server).upgradeTenants(source, 2, "head");
        assertTrue(up.failed().isEmpty(), failedNames(up).toString());
        assertEquals(
                List.of(
                        "tenant_a:accounts,migrate_version,migrate_version_history,orders",
                        "tenant_b:accounts,migrate_version,migrate_version_history,orders",
                        "tenant_c:accounts,migrate_version,migrate_version_history,orders"),
                TestServers.rows(
                        server,
                        "SELECT CONCAT(table_schema, ':', GROUP_CONCAT(table_name ORDER BY table_name))"
                                + " FROM information_schema.tables WHERE table_schema LIKE 'tenant\\_%'"
                                + " GROUP BY table_schema ORDER BY table_schema"));

        TenantReport<RunResult> refused = migrate(server).downgradeTenants(source, 2, "base", Confirmation.required(5));
        assertEquals(names, failedNames(refused), "a downgrade to base needs a yes on every tenant");
        assertEquals(List.of("s3", "s3", "s3"), rowsOf(server, names, "SELECT version_num FROM %s.migrate_version"));

        TenantReport<RunResult> down = migrate(server).downgradeTenants(source, 2, "base", Confirmation.granted());
        assertEquals(List.of(), failedNames(down));
        assertEquals(3, down.count(r -> r.steps().size() == 3));
        assertEquals(
                List.of("0"),
                TestServers.rows(
                        server,
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema LIKE "
                                + "'tenant\\_%' AND table_name IN ('accounts', 'orders')"));
    }

    @Test
    @Tag("server")
    void aNameTheDatabaseCannotHoldIsRefusedBeforeAnyTenantIsTouched() throws IOException {
        DatabaseConfig db = TestServers.freshPostgres("tenants_bad");
        scripts();
        MigrateException e = assertThrows(
                MigrateException.class,
                () -> migrate(db).upgradeTenants(TenantSource.list(List.of("good_one", "Bad-Name")), 4, "head"));
        assertTrue(e.getMessage().contains("'Bad-Name' is not a tenant name"), e.getMessage());
        assertTrue(e.hint().contains("TenantSource.list"), e.hint());
        assertEquals(
                List.of("0"), TestServers.rows(db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'good_one'"));

        MigrateException parallel = assertThrows(
                MigrateException.class,
                () -> migrate(db).upgradeTenants(TenantSource.list(List.of("good_one")), 0, "head"));
        assertTrue(parallel.getMessage().contains("1 or more, not 0"), parallel.getMessage());
    }

    private void scripts() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "s1")
                .up("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);")
                .down("DROP TABLE accounts;")
                .write();
        Fixtures.script(migrations, "s2")
                .revises("s1")
                .up("ALTER TABLE accounts ADD COLUMN email VARCHAR(120);")
                .down("ALTER TABLE accounts DROP COLUMN email;")
                .write();
        Fixtures.script(migrations, "s3")
                .revises("s2")
                .up(
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id));")
                .down("DROP TABLE orders;")
                .write();
    }

    private Migrate migrate(DatabaseConfig db) {
        return new Migrate(
                Fixtures.config(db, dir).log(new Fixtures.RecordingLog()).build());
    }

    private static <T> List<String> failedNames(TenantReport<T> report) {
        report.failed()
                .forEach(o -> System.out.println(
                        o.tenant().name() + ": " + o.failure().getMessage()));
        return report.failed().stream().map(o -> o.tenant().name()).toList();
    }

    private static List<String> stepsOf(TenantReport<RunResult> report, String tenant) {
        TenantOutcome<RunResult> o = report.outcomes().stream()
                .filter(x -> x.tenant().name().equals(tenant))
                .findFirst()
                .orElseThrow();
        return o.result().steps().stream().map(s -> s.script().id()).toList();
    }

    private static Map<String, String> versionsBySchema(DatabaseConfig db) {
        Map<String, String> out = new TreeMap<>();
        for (String row : TestServers.rows(
                db,
                "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        + "c.relnamespace WHERE c.relname = 'migrate_version'")) {
            out.put(
                    row,
                    TestServers.rows(db, "SELECT version_num FROM " + row + ".migrate_version")
                            .get(0));
        }
        return out;
    }

    /** Each tenant schema's tables but migrate's own, as the catalog lists them. */
    private static Map<String, String> tablesBySchema(DatabaseConfig db) {
        Map<String, String> out = new TreeMap<>();
        for (String row : TestServers.rows(
                db,
                "SELECT table_schema || '=' || string_agg(table_name, ',' ORDER BY "
                        + "table_name) FROM information_schema.tables WHERE table_schema ~ '^t[0-9]{3}$' AND table_name NOT "
                        + "LIKE 'migrate_version%' GROUP BY table_schema")) {
            String[] kv = row.split("=");
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    private static List<String> sqliteTables(Path file) {
        return Fixtures.rows(
                file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
    }

    private static List<String> rowsOf(DatabaseConfig server, List<String> databases, String sql) {
        List<String> out = new ArrayList<>();
        for (String d : databases) {
            out.addAll(TestServers.rows(server, String.format(sql, d)));
        }
        return out;
    }
}
