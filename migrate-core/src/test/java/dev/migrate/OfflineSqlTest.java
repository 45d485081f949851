package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.graph.TargetException;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.ScriptDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** upgradeSql / downgradeSql: the SQL a run would execute, rendered without touching any database. */
class OfflineSqlTest {
    private static final String USER = System.getProperty("user.name").replace("'", "''");
    private static final String CREATE_VERSION_TABLES = """
            CREATE TABLE IF NOT EXISTS migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS migrate_version_history (id INTEGER PRIMARY KEY AUTOINCREMENT, \
            revision VARCHAR(32) NOT NULL, action VARCHAR(16) NOT NULL, checksum VARCHAR(64), \
            applied_by VARCHAR(128), applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, duration_ms BIGINT);

            """;

    @TempDir
    Path dir;

    private Path migrations;
    private Path db;

    @BeforeEach
    void threeScripts() {
        migrations = dir.resolve("migrations");
        db = dir.resolve("app.db");
        Fixtures.script(migrations, "r1")
                .created("2026-11-24T15:00:01Z")
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER);\n-- a comment; with a semicolon\nINSERT INTO b VALUES (1);")
                .down("DROP TABLE b;")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .created("2026-11-24T15:00:03Z")
                .up("CREATE INDEX ix_b ON b (id);")
                .down("DROP INDEX ix_b;")
                .write();
    }

    @AfterEach
    void noDatabaseWasCreated() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("migrations"),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "neither the database nor its lock file is created");
        }
    }

    private Migrate migrate(TransactionMode mode) {
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work"))
                .transactionMode(mode)
                .build());
    }

    private Migrate migrate() {
        return migrate(TransactionMode.EACH);
    }

    private String checksum(String id) {
        return ScriptDirectory.load(migrations).script(id).body().checksum();
    }

    private static String history(String id, String action, String checksum) {
        return "INSERT INTO migrate_version_history (revision, action, checksum, applied_by, duration_ms) VALUES ('"
                + id + "', '" + action + "', " + (checksum == null ? "NULL" : "'" + checksum + "'") + ", '" + USER
                + "', NULL);\n";
    }

    private String upgradeR1() {
        return "-- Upgrade base -> r1: mr1 [r1.sql]\nBEGIN;\nCREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                + "INSERT INTO migrate_version (version_num) VALUES ('r1');\n"
                + history("r1", "upgrade", checksum("r1"))
                + "COMMIT;\n\n";
    }

    private String upgradeR2() {
        return "-- Upgrade r1 -> r2: mr2 [r2.sql]\nBEGIN;\nCREATE TABLE b (id INTEGER);\n"
                + "-- a comment; with a semicolon\nINSERT INTO b VALUES (1);\n"
                + "UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';\n"
                + history("r2", "upgrade", checksum("r2")) + "COMMIT;\n\n";
    }

    private String upgradeR3() {
        return "-- Upgrade r2 -> r3: mr3 [r3.sql]\nBEGIN;\nCREATE INDEX ix_b ON b (id);\n"
                + "UPDATE migrate_version SET version_num = 'r3' WHERE version_num = 'r2';\n"
                + history("r3", "upgrade", checksum("r3")) + "COMMIT;\n\n";
    }

    @Test
    void upgradeFromBaseCreatesTheVersionTablesAndWrapsEachMigration() {
        assertEquals(
                "-- migrate upgrade base:head (sqlite)\n\n" + CREATE_VERSION_TABLES + upgradeR1() + upgradeR2()
                        + upgradeR3(),
                migrate().upgradeSql("head"));
        assertEquals(migrate().upgradeSql("head"), migrate().upgradeSql(null), "head is the default");
    }

    @Test
    void aRangeStartsFromItsFirstRevisionWithoutCreatingTables() {
        assertEquals(
                "-- migrate upgrade r1:r3 (sqlite)\n\n" + upgradeR2() + upgradeR3(),
                migrate().upgradeSql("r1:r3"));
        assertEquals(
                "-- migrate upgrade r2:head (sqlite)\n\n" + upgradeR3(),
                migrate().upgradeSql("r2:head"));
        assertEquals(
                "-- migrate upgrade base:r1 (sqlite)\n\n" + CREATE_VERSION_TABLES + upgradeR1(),
                migrate().upgradeSql("r1"));
    }

    @Test
    void oneTransactionForTheWholeRun() {
        String sql = migrate(TransactionMode.ALL).upgradeSql("head");
        assertEquals(
                "-- migrate upgrade base:head (sqlite)\n\n" + CREATE_VERSION_TABLES + "BEGIN;\n\n"
                        + (upgradeR1() + upgradeR2() + upgradeR3())
                                .replace("BEGIN;\n", "")
                                .replace("COMMIT;\n", "")
                        + "COMMIT;\n",
                sql);
    }

    @Test
    void aNonTransactionalScriptGetsNoTransaction() {
        Fixtures.script(migrations, "r4")
                .revises("r3")
                .created("2026-11-24T15:00:04Z")
                .header("-- transactional: false")
                .up("VACUUM;")
                .down("")
                .write();
        assertEquals(
                "-- migrate upgrade r3:r4 (sqlite)\n\n-- Upgrade r3 -> r4: mr4 [r4.sql]\nVACUUM;\n"
                        + "UPDATE migrate_version SET version_num = 'r4' WHERE version_num = 'r3';\n"
                        + history("r4", "upgrade", checksum("r4")) + "\n",
                migrate().upgradeSql("r3:r4"));
    }

    @Test
    void downgradeFromTheHeads() {
        String oneStep = "-- Downgrade r3 -> r2: mr3 [r3.sql]\nBEGIN;\nDROP INDEX ix_b;\n"
                + "UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r3';\n"
                + history("r3", "downgrade", null) + "COMMIT;\n\n";
        assertEquals(
                "-- migrate downgrade heads:-1 (sqlite)\n\n" + oneStep,
                migrate().downgradeSql(null));
        assertEquals(
                "-- migrate downgrade heads:-1 (sqlite)\n\n" + oneStep,
                migrate().downgradeSql("-1"));
    }

    @Test
    void downgradeARangeToBase() {
        String sql = migrate().downgradeSql("r2:base");
        assertEquals(
                "-- migrate downgrade r2:base (sqlite)\n\n"
                        + "-- Downgrade r2 -> r1: mr2 [r2.sql]\nBEGIN;\nDROP TABLE b;\n"
                        + "UPDATE migrate_version SET version_num = 'r1' WHERE version_num = 'r2';\n"
                        + history("r2", "downgrade", null) + "COMMIT;\n\n"
                        + "-- Downgrade r1 -> base: mr1 [r1.sql]\nBEGIN;\nDROP TABLE a;\n"
                        + "DELETE FROM migrate_version WHERE version_num = 'r1';\n"
                        + history("r1", "downgrade", null) + "COMMIT;\n\n",
                sql);
        assertFalse(sql.contains("CREATE TABLE IF NOT EXISTS"), sql);
    }

    @Test
    void downgradeToARevisionUndoesWhatIsAboveIt() {
        String sql = migrate().downgradeSql("r1");
        assertTrue(sql.indexOf("DROP INDEX ix_b;") < sql.indexOf("DROP TABLE b;"), sql);
        assertFalse(sql.contains("DROP TABLE a;"), sql);
    }

    @Test
    void aRangeHasOneColon() {
        TargetException e = assertThrows(TargetException.class, () -> migrate().upgradeSql("r1:r2:r3"));
        assertEquals("'r1:r2:r3' is not a range", e.getMessage());
    }
}
