package dev.migrate.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.runtime.InterruptedStepException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The dialect on a real server: the engine's runs, the run lock and scratch databases. */
@Tag("server")
class MariaDbDialectTest {
    @TempDir
    Path dir;

    private final List<String> databases = new ArrayList<>();
    private final List<String> users = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String name : databases) {
            TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name);
        }
        for (String user : users) {
            TestServers.execute(TestServers.mariadb(), "DROP USER IF EXISTS " + user);
        }
    }

    private DatabaseConfig fresh(String name) {
        databases.add("dt_" + name);
        return TestServers.freshMariadb("dt_" + name);
    }

    private static List<String> rows(DatabaseConfig db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = new Database(db).open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> tables(DatabaseConfig db) throws SQLException {
        return rows(
                db,
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_NAME NOT LIKE 'migrate_version%' ORDER BY TABLE_NAME");
    }

    private static List<String> scratchDatabases() throws SQLException {
        return rows(
                TestServers.mariadb(),
                "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                        + "WHERE SCHEMA_NAME LIKE 'migrate\\_scratch\\_%'");
    }

    /**
     * BUG (found while extending the failing-statement checks to MariaDB): a step whose DDL commits as it goes ran
     * its statements inside a transaction, so the rows inserted after its last DDL statement were rolled back when a
     * later statement failed, while the message, the history and status said that all the statements before the
     * failure "ran and stay". Completing the script by hand from the failed statement, as the message suggests, lost
     * those rows.
     */
    @Test
    void theStatementsAFailedStepReportsAsRunAreExactlyThoseThatStay() throws Exception {
        DatabaseConfig db = fresh("exact");
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE a (id INT PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Path r2 = Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("""
                INSERT INTO a VALUES (1);
                CREATE TABLE b (id INT PRIMARY KEY);
                INSERT INTO b VALUES (1);
                INSERT INTO b VALUES (2);
                INSERT INTO nope VALUES (1);
                INSERT INTO b VALUES (3);""")
                .down("DROP TABLE b;")
                .write();
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations)
                .workDirectory(dir.resolve("work"))
                .clock(Fixtures.CLOCK)
                .build());

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head"));
        assertTrue(e.getMessage().contains(r2 + ":11: "), e.getMessage());
        assertTrue(e.getMessage().contains("its first 4 statement(s) (lines 7 to 10) ran and stay"), e.getMessage());
        assertEquals(List.of("1"), rows(db, "SELECT id FROM a"), "line 7 stays");
        assertEquals(List.of("1", "2"), rows(db, "SELECT id FROM b ORDER BY id"), "lines 9 and 10 stay");
        assertEquals(4, migrate.status().interrupted().orElseThrow().statementsRun());
    }

    @Test
    void servesMariaDbAndMySqlUrls() {
        Dialect d = Dialects.forUrl("jdbc:mariadb://localhost:3306/app");
        assertTrue(d instanceof MariaDbDialect);
        assertSame(d, Dialects.forUrl("jdbc:mysql://localhost/app?useSSL=false"));
        assertEquals("mariadb", d.name());
        assertFalse(d.transactionalDdl());
        assertEquals("id BIGINT AUTO_INCREMENT PRIMARY KEY", d.autoIncrementPrimaryKey("id"));
    }

    @Test
    void aMigrationFailingPartWayIsRecordedReportedAndBlocksUntilStamped() throws Exception {
        DatabaseConfig db = fresh("partial");
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE a (id INT PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Path r2 = Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("""
                CREATE TABLE b (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY);
                INSERT INTO nope VALUES (1);
                CREATE TABLE d (id INT PRIMARY KEY);""")
                .down("DROP TABLE c;\nDROP TABLE b;")
                .write();
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations)
                .workDirectory(dir.resolve("work"))
                .clock(Fixtures.CLOCK)
                .build());

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head"));
        assertTrue(e.getMessage().contains(r2 + ":9: "), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("Part-way: mariadb commits DDL as it goes, so its first 2 statement(s) "
                                + "(lines 7 to 8) ran and stay, and the version table still says r1."),
                e.getMessage());
        assertEquals(List.of("a", "b", "c"), tables(db), "MariaDB committed the two CREATE TABLEs");
        assertEquals(List.of("r1"), rows(db, "SELECT version_num FROM migrate_version"));
        assertEquals(
                List.of("running:up r2", "partial:up:2 r2"),
                rows(
                        db,
                        "SELECT CONCAT(action, ' ', revision) "
                                + "FROM migrate_version_history WHERE revision = 'r2' ORDER BY id"));

        // status explains; upgrade and downgrade refuse to go on from the half-way state
        assertEquals(2, migrate.status().interrupted().orElseThrow().statementsRun());
        InterruptedStepException refused = assertThrows(InterruptedStepException.class, () -> migrate.upgrade("head"));
        assertTrue(refused.remedy().runs(Command.STAMP, Remedy.assign(Setting.TARGET, "r2")), refused.hint());
        assertThrows(InterruptedStepException.class, () -> migrate.downgrade("base"));
        assertEquals(List.of("a", "b", "c"), tables(db), "refused runs changed nothing");

        // the user undoes what ran, stamps the revision the database is at, and goes on
        TestServers.execute(db, "DROP TABLE c", "DROP TABLE b");
        migrate.stamp("r1", false);
        assertTrue(migrate.status().interrupted().isEmpty());
        migrate.downgrade("base");
        assertEquals(List.of(), tables(db));
    }

    @Test
    void oneTransactionForTheWholeRunIsRefusedWhereDdlCommitsAsItGoes() throws SQLException {
        DatabaseConfig db = fresh("all");
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE a (id INT PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations)
                .workDirectory(dir.resolve("work"))
                .transactionMode(dev.migrate.runtime.TransactionMode.ALL)
                .build());
        MigrateException e = assertThrows(MigrateException.class, () -> migrate.upgrade("head"));
        assertEquals(
                "transaction=all cannot make one transaction of the run: mariadb commits DDL statements as it "
                        + "goes",
                e.getMessage());
        assertEquals(
                List.of(),
                rows(db, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + "DATABASE()"),
                "refused before anything was written, version tables included");
    }

    @Test
    void upgradeAndDowngradeThroughTheEngine() throws Exception {
        DatabaseConfig db = fresh("engine");
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1").up("""
                CREATE TABLE a (id BIGINT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(40));
                INSERT INTO a (note) VALUES ('it''s; a \\\\ backslash\\'s');
                """).down("DROP TABLE a;").write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .up("""
                CREATE TABLE b (id INT PRIMARY KEY, a_id BIGINT, FOREIGN KEY (a_id) REFERENCES a (id));
                CREATE TRIGGER b_check BEFORE INSERT ON b FOR EACH ROW BEGIN
                    IF NEW.id < 0 THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative; id';
                    END IF;
                END;
                INSERT INTO b VALUES (1, 1);
                """)
                .down("DROP TABLE b;")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .up("CREATE INDEX ix_note ON a (note);")
                .down("DROP INDEX ix_note ON a;")
                .write();
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations)
                .workDirectory(dir.resolve("work"))
                .clock(Fixtures.CLOCK)
                .build());

        assertEquals(3, migrate.upgrade("head").steps().size());
        assertEquals(List.of("a", "b"), tables(db));
        assertEquals(List.of("it's; a \\ backslash's"), rows(db, "SELECT note FROM a"));
        assertEquals(
                List.of("b_check"),
                rows(
                        db,
                        "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS " + "WHERE TRIGGER_SCHEMA = DATABASE()"));
        assertEquals(List.of("r3"), rows(db, "SELECT version_num FROM migrate_version"));
        assertTrue(rows(db, "SELECT CONCAT(action, ' ', revision) FROM migrate_version_history ORDER BY id")
                .containsAll(List.of("upgrade r1", "upgrade r2", "upgrade r3")));
        assertEquals(
                List.of("ix_note"),
                rows(
                        db,
                        "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS "
                                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a' AND INDEX_NAME <> 'PRIMARY'"));

        migrate.downgrade("-1");
        assertEquals(
                List.of(),
                rows(
                        db,
                        "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS "
                                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a' AND INDEX_NAME <> 'PRIMARY'"));
        assertEquals(List.of("r2"), rows(db, "SELECT version_num FROM migrate_version"));
        migrate.downgrade("base");
        assertEquals(List.of(), tables(db));
        assertEquals(List.of(), rows(db, "SELECT version_num FROM migrate_version"));
        assertEquals(Set.of(), migrate.current());
        assertEquals(List.of("1"), rows(db, "SELECT IS_FREE_LOCK('migrate:dt_engine')"), "the run lock was released");
    }

    @Test
    void autogenerateFromASchemaFileBuildsTheModelAndTestPasses() throws Exception {
        DatabaseConfig db = fresh("autogen");
        Path migrations = dir.resolve("migrations");
        Fixtures.script(migrations, "r1")
                .up("CREATE TABLE todos (id BIGINT AUTO_INCREMENT PRIMARY KEY, " + "title VARCHAR(200) NOT NULL);")
                .down("DROP TABLE todos;")
                .write();
        Path schema = dir.resolve("schema.sql");
        java.nio.file.Files.writeString(schema, """
                CREATE TABLE owners (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE);
                CREATE TABLE todos (
                    id BIGINT AUTO_INCREMENT PRIMARY KEY,
                    title VARCHAR(200) NOT NULL COMMENT 'what to do',
                    done BOOLEAN NOT NULL DEFAULT FALSE,
                    state ENUM('open', 'closed') NOT NULL DEFAULT 'open',
                    owner_id BIGINT,
                    CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE SET NULL,
                    CHECK (title <> '')
                );
                CREATE INDEX ix_title ON todos (title);
                CREATE VIEW open_todos AS SELECT id, title FROM todos WHERE state = 'open';
                """);
        dev.migrate.autogenerate.SqlSchemaSource model =
                new dev.migrate.autogenerate.SqlSchemaSource(List.of(schema), dir);
        Migrate migrate = new Migrate(MigrateConfig.builder(db, migrations)
                .workDirectory(dir.resolve("work"))
                .clock(Fixtures.CLOCK)
                .build());
        List<String> scratchBefore = scratchDatabases();

        dev.migrate.autogenerate.Autogenerated generated =
                migrate.autogenerate(dev.migrate.script.RevisionRequest.of("owners"), model, false);
        assertTrue(generated.script() != null, "a revision was written");
        String text = java.nio.file.Files.readString(generated.script());
        assertTrue(
                text.contains("ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE "
                        + "SET NULL"),
                text);
        migrate.upgrade("head");
        assertTrue(
                migrate.compare(model, true).matches(),
                migrate.compare(model, true).describe().toString());
        assertEquals(
                List.of("enum('open','closed')"),
                rows(
                        db,
                        "SELECT COLUMN_TYPE FROM information_schema.COLUMNS "
                                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'todos' AND COLUMN_NAME = 'state'"));
        assertTrue(migrate.test(model).passed(), "up, down and up again, and the model at head");
        migrate.downgrade("r1");
        assertEquals(List.of("todos"), tables(db));
        assertTrue(scratchBefore.containsAll(scratchDatabases()), "every scratch database was dropped");
    }

    @Test
    void aSecondLockWaitsForTheFirstAndProceedsWhenItIsReleased() throws Exception {
        DatabaseConfig db = fresh("lock");
        Database database = new Database(db);
        Dialect dialect = database.dialect();
        List<String> messages = new CopyOnWriteArrayList<>();
        MigrateLog log = Fixtures.recording(messages);
        try (Connection first = database.open();
                Connection second = database.open()) {
            RunLock held = dialect.lock(db.url(), first, MigrateLog.SILENT);
            CompletableFuture<RunLock> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return dialect.lock(db.url(), second, log);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> waiting.get(2, TimeUnit.SECONDS), "the second one waits");
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(
                    messages.get(0)
                            .startsWith("Waiting for another migrate run on this database to finish "
                                    + "(MariaDB lock 'migrate:dt_lock'"),
                    messages.get(0));
            assertEquals(List.of(connectionId(first)), rows(db, "SELECT IS_USED_LOCK('migrate:dt_lock')"));

            held.close();
            RunLock taken = waiting.get(5, TimeUnit.SECONDS);
            assertEquals(List.of(connectionId(second)), rows(db, "SELECT IS_USED_LOCK('migrate:dt_lock')"));
            taken.close();
            assertEquals(List.of("1"), rows(db, "SELECT IS_FREE_LOCK('migrate:dt_lock')"));
        }
    }

    @Test
    void aLockHeldByAConnectionThatEndedIsFreeAgain() throws Exception {
        DatabaseConfig db = fresh("dead");
        Database database = new Database(db);
        List<String> messages = new CopyOnWriteArrayList<>();
        MigrateLog log = Fixtures.recording(messages);
        Connection dying = database.open();
        RunLock abandoned = database.dialect().lock(db.url(), dying, MigrateLog.SILENT);
        dying.close(); // as when a run is killed: nothing releases the lock
        abandoned.close(); // on a closed connection: does nothing, and does not fail
        try (Connection next = database.open()) {
            CompletableFuture<RunLock> lock = CompletableFuture.supplyAsync(() -> {
                try {
                    return database.dialect().lock(db.url(), next, log);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            lock.get(5, TimeUnit.SECONDS).close();
        }
        assertEquals(List.of(), messages, "taken at once, without waiting");
    }

    @Test
    void theLockNameFitsMySqlsLimitForLongDatabaseNames() throws SQLException {
        String name = "dt_" + "x".repeat(60);
        DatabaseConfig db = fresh(name.substring(3));
        try (Connection c = new Database(db).open()) {
            String lock = NamedLock.name(c);
            assertEquals(64, lock.length());
            assertTrue(lock.startsWith("migrate:dt_xxx"), lock);
            assertEquals(lock, NamedLock.name(c), "the same database, the same lock");
        }
    }

    private static String connectionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aScratchDatabaseIsDroppedWhenClosedEvenAfterAFailure() throws SQLException {
        DatabaseConfig server = fresh("scratch");
        DatabaseConfig db = new DatabaseConfig(server.url() + "?connectTimeout=5000", server.user(), server.password());
        TestServers.execute(server, "ALTER DATABASE dt_scratch CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        Dialect dialect = new Database(db).dialect();
        List<String> before = scratchDatabases();

        String name;
        try (ScratchDatabase scratch = dialect.createScratch(db, dir)) {
            name = scratch.config().url().replaceAll(".*/([^/?]+)\\?.*", "$1");
            assertTrue(name.startsWith("migrate_scratch_"), scratch.config().url());
            assertEquals(
                    db.url().replace("/dt_scratch?", "/" + name + "?"),
                    scratch.config().url(),
                    "same host, port and parameters");
            assertEquals(db.user(), scratch.config().user());
            assertEquals(
                    List.of("latin1_swedish_ci"),
                    rows(
                            scratch.config(),
                            "SELECT DEFAULT_COLLATION_NAME FROM "
                                    + "information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"),
                    "the configured database's");
            TestServers.execute(scratch.config(), "CREATE TABLE t (id INT PRIMARY KEY)");
            assertTrue(scratchDatabases().contains(name));
        }
        assertFalse(scratchDatabases().contains(name));

        String[] failed = new String[1];
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            try (ScratchDatabase scratch = dialect.createScratch(db, dir)) {
                failed[0] = scratch.config().url();
                throw new RuntimeException("boom");
            }
        });
        assertEquals("boom", e.getMessage());
        assertTrue(failed[0].contains("/migrate_scratch_"));
        assertTrue(before.containsAll(scratchDatabases()), "none left behind (the sweep may remove older ones)");
    }

    @Test
    void aUserWhoMayNotCreateDatabasesIsToldWhatToDo() throws SQLException {
        DatabaseConfig db = fresh("denied");
        for (String host : List.of("127.0.0.1", "localhost", "%")) {
            String user = "'migrate_denied'@'" + host + "'";
            users.add(user);
            TestServers.execute(
                    TestServers.mariadb(),
                    "CREATE OR REPLACE USER " + user + " IDENTIFIED BY 'pw'",
                    "GRANT SELECT ON dt_denied.* TO " + user);
        }
        DatabaseConfig limited = new DatabaseConfig(db.url() + "?password=pw", "migrate_denied", "pw");
        MigrateException e = assertThrows(
                MigrateException.class, () -> new Database(limited).dialect().createScratch(limited, dir));
        assertTrue(
                e.getMessage().startsWith("Cannot create a scratch database on " + limited.maskedUrl() + ": "),
                e.getMessage());
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(
                "Grant CREATE and DROP on databases to the user, or name a scratch database with "
                        + "MigrateConfig.scratch.",
                e.hint());
    }

    @Test
    void theUrlOfAnotherDatabaseKeepsHostPortAndParameters() {
        assertEquals(
                "jdbc:mariadb://h:3306/other?a=1&b=2",
                MariaDbScratch.withDatabase("jdbc:mariadb://h:3306/app?a=1&b=2", "other"));
        assertEquals("jdbc:mysql://h/other", MariaDbScratch.withDatabase("jdbc:mysql://h/app", "other"));
        assertEquals(
                "jdbc:mariadb://h1:3306,h2:3307/other?x=/y",
                MariaDbScratch.withDatabase("jdbc:mariadb://h1:3306,h2:3307?x=/y", "other"));
        assertEquals(
                "jdbc:mariadb:replication://h1,h2/other",
                MariaDbScratch.withDatabase("jdbc:mariadb:replication://h1,h2/", "other"));
        assertEquals(
                "jdbc:mariadb://address=(host=h)(port=3306)/other",
                MariaDbScratch.withDatabase("jdbc:mariadb://address=(host=h)(port=3306)/app", "other"));
    }

    @Test
    void tablesAreFoundInTheConnectedOrTheNamedDatabase() throws SQLException {
        DatabaseConfig db = fresh("exists");
        fresh("exists_other");
        TestServers.execute(db, "CREATE TABLE here (id INT)", "CREATE TABLE dt_exists_other.there (id INT)");
        Database database = new Database(db);
        try (Connection c = database.open()) {
            Dialect d = database.dialect();
            assertTrue(d.tableExists(c, "here"));
            assertFalse(d.tableExists(c, "there"));
            assertTrue(d.tableExists(c, "dt_exists_other.there"));
            assertFalse(d.tableExists(c, "dt_exists_other.here"));
        }
    }

    @Test
    void literalsComeBackAsWritten() throws SQLException {
        DatabaseConfig db = fresh("literal");
        Dialect d = new Database(db).dialect();
        String value = "it's a \\ backslash, \\' and \\\\n";
        assertEquals(List.of(value), rows(db, "SELECT " + d.quoteLiteral(value)));
        assertEquals("NULL", d.quoteLiteral(null));
    }
}
