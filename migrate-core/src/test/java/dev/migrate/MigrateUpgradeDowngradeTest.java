package dev.migrate;

import static dev.migrate.Fixtures.history;
import static dev.migrate.Fixtures.rows;
import static dev.migrate.Fixtures.userObjects;
import static dev.migrate.Fixtures.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.graph.TargetException;
import dev.migrate.runtime.DatabaseState;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.Step;
import dev.migrate.script.ScriptDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Upgrades, downgrades, status and reset of a linear history r1 <- r2 <- r3 on a real SQLite file. */
class MigrateUpgradeDowngradeTest {
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
                .up("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);")
                .down("DROP TABLE a;")
                .write();
        Fixtures.script(migrations, "r2")
                .revises("r1")
                .created("2026-11-24T15:00:02Z")
                .up("CREATE TABLE b (id INTEGER PRIMARY KEY);\nINSERT INTO b VALUES (1);")
                .down("DROP TABLE b;")
                .write();
        Fixtures.script(migrations, "r3")
                .revises("r2")
                .created("2026-11-24T15:00:03Z")
                .up("CREATE INDEX ix_b ON b (id);")
                .down("DROP INDEX ix_b;")
                .write();
    }

    private Migrate migrate() {
        return new Migrate(Fixtures.config(db, migrations, dir.resolve("work")).build());
    }

    private static List<String> ids(RunResult result) {
        return result.steps().stream()
                .map(s -> s.direction().word() + " " + s.id())
                .toList();
    }

    private String checksum(String id) {
        return ScriptDirectory.load(migrations).script(id).body().checksum();
    }

    @Test
    void upgradeToHeadCreatesTablesVersionRowAndOneHistoryRowPerStep() {
        RunResult result = migrate().upgrade("head");
        assertEquals(List.of("upgrade r1", "upgrade r2", "upgrade r3"), ids(result));
        assertEquals(Set.of(), result.headsBefore());
        assertEquals(Set.of("r3"), result.headsAfter());

        assertEquals(List.of("a", "b", "ix_b"), userObjects(db));
        assertEquals(List.of("1"), rows(db, "SELECT id FROM b"));
        assertEquals(
                List.of("migrate_version", "migrate_version_history"),
                rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'migrate%' ORDER BY name"));
        assertEquals(List.of("r3"), versionRows(db));
        assertEquals(
                List.of("r1|upgrade|" + checksum("r1"), "r2|upgrade|" + checksum("r2"), "r3|upgrade|" + checksum("r3")),
                rows(db, "SELECT revision, action, checksum FROM migrate_version_history ORDER BY id"));
        assertEquals(
                List.of("integer|1", "integer|1", "integer|1"),
                rows(db, "SELECT typeof(duration_ms), " + "duration_ms >= 0 FROM migrate_version_history"));
        String user = System.getProperty("user.name");
        assertEquals(
                List.of(user + "|1", user + "|1", user + "|1"),
                rows(db, "SELECT applied_by, " + "applied_at IS NOT NULL FROM migrate_version_history"));
    }

    @Test
    void aSecondUpgradeFindsNothingToDo() {
        migrate().upgrade("head");
        RunResult again = migrate().upgrade("head");
        assertEquals(List.of(), again.steps());
        assertEquals(Set.of("r3"), again.headsBefore());
        assertEquals(3, history(db).size());
        assertEquals(List.of(), ids(migrate().upgrade("r1")), "upgrading to an applied revision does nothing");
    }

    @Test
    void downgradeOneStepAtATimeThenToBase() {
        migrate().upgrade("head");
        assertEquals(List.of("downgrade r3"), ids(migrate().downgrade("-1")));
        assertEquals(List.of("a", "b"), userObjects(db));
        assertEquals(List.of("r2"), versionRows(db));

        assertEquals(List.of("downgrade r2"), ids(migrate().downgrade(null)), "the default target is -1");
        assertEquals(List.of("a"), userObjects(db));
        assertEquals(List.of("r1"), versionRows(db));

        RunResult toBase = migrate().downgrade("base");
        assertEquals(List.of("downgrade r1"), ids(toBase));
        assertEquals(Set.of(), toBase.headsAfter());
        assertEquals(List.of(), userObjects(db));
        assertEquals(List.of(), versionRows(db));
        assertEquals(
                List.of("upgrade r1", "upgrade r2", "upgrade r3", "downgrade r3", "downgrade r2", "downgrade r1"),
                history(db));
        assertEquals(
                List.of("null", "null", "null"),
                rows(db, "SELECT checksum FROM migrate_version_history " + "WHERE action = 'downgrade'"));
        assertEquals(Set.of(), migrate().current());
    }

    @Test
    void downgradeSeveralStepsAtOnceGoesChildrenFirst() {
        migrate().upgrade("head");
        assertEquals(List.of("downgrade r3", "downgrade r2"), ids(migrate().downgrade("r1")));
        assertEquals(List.of("a"), userObjects(db));
        assertEquals(List.of("r1"), versionRows(db));
    }

    @Test
    void upgradeByRelativeSteps() {
        assertEquals(List.of("upgrade r1"), ids(migrate().upgrade("+1")));
        assertEquals(List.of("r1"), versionRows(db));
        assertEquals(List.of("upgrade r2", "upgrade r3"), ids(migrate().upgrade("+2")));
        assertEquals(List.of("r3"), versionRows(db));
        TargetException e = assertThrows(TargetException.class, () -> migrate().upgrade("+1"));
        assertEquals("'+1' goes past the head: only 0 revision(s) follow", e.getMessage());
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedIsRefused() {
        migrate().upgrade("r1");
        TargetException e = assertThrows(TargetException.class, () -> migrate().downgrade("r3"));
        assertEquals("Cannot downgrade to r3 (mr3): it is not applied (the database is at r1)", e.getMessage());
        assertEquals(List.of("r1"), versionRows(db));
    }

    @Test
    void statusAndCurrentOfAMissingDatabaseCreateNothing() {
        Status status = migrate().status();
        assertEquals(Set.of(), status.current());
        assertEquals(List.of("r3"), status.heads());
        assertEquals(3, status.count(Status.State.PENDING));
        assertEquals(Set.of(), migrate().current());
        assertFalse(Files.exists(db), "status and current never create the database");
    }

    @Test
    void statusListsEveryRevisionNewestFirst() {
        migrate().upgrade("r2");
        Status status = migrate().status();
        assertEquals(Set.of("r2"), status.current());
        assertEquals(Set.of(), status.unknown());
        assertEquals(List.of("r3"), status.heads());
        List<String> entries = status.revisions().stream()
                .map(e -> e.revision().id() + " " + e.state() + (e.current() ? " current" : "")
                        + (e.head() ? " head" : ""))
                .toList();
        assertEquals(List.of("r3 PENDING head", "r2 APPLIED current", "r1 APPLIED"), entries);
        assertEquals(2, status.count(Status.State.APPLIED));
        assertEquals(Set.of("r2"), migrate().current());
    }

    @Test
    void inspectReadsVersionHistoryAndChecksums() {
        migrate().upgrade("r2");
        DatabaseState state = migrate().inspect();
        assertEquals(Set.of("r2"), state.heads());
        assertEquals(
                List.of("r1 upgrade", "r2 upgrade"),
                state.history().stream()
                        .map(h -> h.revision() + " " + h.action())
                        .toList());
        assertEquals(Map.of("r1", checksum("r1"), "r2", checksum("r2")), state.checksums());
    }

    @Test
    void resetDowngradesToBaseAndUpgradesAgainInOneRun() {
        migrate().upgrade("head");
        Fixtures.execute(db, "INSERT INTO a (v) VALUES ('old data')");
        RunResult reset = migrate().reset();
        assertEquals(
                List.of("downgrade r3", "downgrade r2", "downgrade r1", "upgrade r1", "upgrade r2", "upgrade r3"),
                ids(reset));
        assertEquals(Set.of("r3"), reset.headsBefore());
        assertEquals(Set.of("r3"), reset.headsAfter());
        assertEquals(List.of(), rows(db, "SELECT v FROM a"));
        assertEquals(List.of("a", "b", "ix_b"), userObjects(db));
        assertEquals(List.of("r3"), versionRows(db));
        assertEquals(9, history(db).size());
    }

    @Test
    void resetOfAFreshDatabaseIsAnUpgrade() {
        assertEquals(
                List.of("upgrade r1", "upgrade r2", "upgrade r3"), ids(migrate().reset()));
        assertEquals(List.of("r3"), versionRows(db));
    }

    @Test
    void theVersionTableNameIsConfigurable() {
        new Migrate(Fixtures.config(db, migrations, dir.resolve("work"))
                        .versionTable("schema_version")
                        .build())
                .upgrade("head");
        assertEquals(
                List.of("schema_version", "schema_version_history"),
                rows(
                        db,
                        "SELECT name FROM sqlite_master "
                                + "WHERE type = 'table' AND name LIKE 'schema%' ORDER BY name"));
        assertEquals(List.of("r3"), rows(db, "SELECT version_num FROM schema_version"));
        assertEquals(List.of(), rows(db, "SELECT name FROM sqlite_master WHERE name LIKE 'migrate%'"));
    }

    @Test
    void triggerBodiesWithSemicolonsRunAsOneStatement() {
        Fixtures.script(migrations, "r4")
                .revises("r3")
                .created("2026-11-24T15:00:04Z")
                .up("""
                CREATE TABLE log (msg TEXT);
                CREATE TRIGGER a_insert AFTER INSERT ON a
                BEGIN
                  INSERT INTO log (msg) VALUES (CASE WHEN NEW.v IS NULL THEN 'empty; row' ELSE NEW.v END);
                  UPDATE a SET v = 'seen' WHERE id = NEW.id;
                END;""")
                .down("DROP TRIGGER a_insert;\nDROP TABLE log;")
                .write();
        migrate().upgrade("head");
        Fixtures.execute(db, "INSERT INTO a (v) VALUES (NULL)");
        assertEquals(List.of("empty; row"), rows(db, "SELECT msg FROM log"));
        assertEquals(List.of("seen"), rows(db, "SELECT v FROM a"));
        migrate().downgrade("-1");
        assertEquals(List.of("a", "b", "ix_b"), userObjects(db));
    }

    @Test
    void aNonTransactionalScriptCanRunWhatNoTransactionMayHold() {
        Fixtures.script(migrations, "r4")
                .revises("r3")
                .created("2026-11-24T15:00:04Z")
                .header("-- transactional: false")
                .up("VACUUM;")
                .down("VACUUM;")
                .write();
        List<Step> steps = migrate().upgrade("head").steps();
        assertEquals(4, steps.size());
        assertEquals(List.of("r4"), versionRows(db));
        // a step whose statements commit one by one is announced first, so that a run that dies leaves a trace
        assertEquals(List.of("upgrade r1", "upgrade r2", "upgrade r3", "running:up r4", "upgrade r4"), history(db));
    }
}
