package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.runtime.Confirmation;
import dev.migrate.runtime.ConfirmationRequiredException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs that throw data away need a yes, judged by where they end, not by how the target was spelt. Before, only the
 * literal target "base" asked: -3 with three revisions applied, {@code <first>-1} or -1 with one applied dropped
 * everything without a word.
 */
class ConfirmationTest {
    private static final Confirmation ASK = Confirmation.required(Confirmation.DEFAULT_MAX_STEPS);

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void eightRevisionsApplied() {
        db = dir.resolve("app.db");
        Path migrations = dir.resolve("migrations");
        for (int k = 1; k <= 8; k++) {
            Fixtures.script(migrations, "r" + k)
                    .revises(k == 1 ? "" : "r" + (k - 1))
                    .created("2026-11-24T15:00:0" + k + "Z")
                    .up("CREATE TABLE t" + k + " (id INTEGER);\nINSERT INTO t" + k + " VALUES (" + k + ");")
                    .down("DROP TABLE t" + k + ";")
                    .write();
        }
        migrate().upgrade("head");
    }

    private Migrate migrate() {
        return new Migrate(Fixtures.config(db, dir.resolve("migrations"), dir.resolve("work"))
                .build());
    }

    private String url() {
        return "jdbc:sqlite:" + db;
    }

    /** Refused, with the warning the preview gives, and the database exactly as before. */
    private void refused(String target, String warning) {
        List<String> schema = Fixtures.schema(db);
        List<String> history = Fixtures.history(db);
        assertEquals(Optional.of(warning), migrate().downgradeWarning(target, ASK), target);
        ConfirmationRequiredException e = assertThrows(
                ConfirmationRequiredException.class, () -> migrate().downgrade(target, ASK), target);
        assertEquals(warning + " Nothing was changed.", e.getMessage());
        assertEquals(
                Remedy.of("Confirm it (", Remedy.assign(Setting.CONFIRM, "yes"), "), or choose a nearer target."),
                e.remedy());
        assertEquals(schema, Fixtures.schema(db), target);
        assertEquals(history, Fixtures.history(db), target);
    }

    @Test
    void everySpellingOfBaseNeedsAYes() {
        migrate().downgrade("r3");
        String warning = "Downgrading to base undoes every migration of " + url() + ", dropping the tables they "
                + "created and their data: 3 migration(s), r3, r2, r1.";
        for (String target : List.of("base", "-3", "r1-1", "r3-3", "current-3")) {
            refused(target, warning);
        }
        assertEquals(
                3, migrate().downgrade("-3", Confirmation.granted()).steps().size());
        assertEquals(List.of(), Fixtures.userObjects(db));
    }

    @Test
    void theDefaultOneStepDowngradeOfTheOnlyAppliedRevisionNeedsAYes() {
        migrate().downgrade("r1");
        refused(
                "-1",
                "Downgrading to base undoes every migration of " + url() + ", dropping the tables they created "
                        + "and their data: 1 migration(s), r1.");
    }

    @Test
    void moreStepsThanAllowedNeedAYesAndFewerDoNot() {
        refused(
                "r2",
                "This downgrade undoes 6 migration(s) of " + url() + " (r8, r7, r6, r5, r4, r3), more than the 5 "
                        + "that may be undone without confirmation (Confirmation.required(maxSteps)).");
        assertEquals(Optional.empty(), migrate().downgradeWarning("r2", Confirmation.required(6)));
        assertEquals(Optional.empty(), migrate().downgradeWarning("-5", ASK));
        assertEquals(5, migrate().downgrade("-5", ASK).steps().size(), "five steps need no yes");
        assertEquals(Set.of("r3"), migrate().current());
        assertEquals(0, migrate().downgrade("r3", ASK).steps().size(), "nothing to do needs no yes");
    }

    /** The check is made again under the run lock: a plan that grew since the preview is refused, not run. */
    @Test
    void aPlanThatReachesBaseOnlyUnderTheLockIsRefused() {
        migrate().downgrade("r3");
        assertEquals(Optional.empty(), migrate().downgradeWarning("-2", ASK), "two of three: no yes needed");
        migrate().downgrade("-1"); // another run, in between
        assertThrows(ConfirmationRequiredException.class, () -> migrate().downgrade("-2", ASK));
        assertEquals(Set.of("r2"), migrate().current());
    }

    @Test
    void resetNeedsAYesWhenAnythingIsApplied() {
        String warning = "Reset undoes every migration of " + url() + ", dropping its tables and their data, then "
                + "applies them all again.";
        assertEquals(Optional.of(warning), migrate().resetWarning());
        List<String> history = Fixtures.history(db);
        ConfirmationRequiredException e = assertThrows(
                ConfirmationRequiredException.class, () -> migrate().reset(ASK));
        assertEquals(warning + " Nothing was changed.", e.getMessage());
        assertEquals(history, Fixtures.history(db));
        migrate().downgrade("base");
        assertEquals(Optional.empty(), migrate().resetWarning());
        assertEquals(8, migrate().reset(ASK).steps().size(), "nothing applied: nothing to lose");
    }

    @Test
    void aStampThatForgetsAppliedRevisionsNeedsAYes() {
        String atBase = "Stamping " + url() + " at base forgets that it is at r8: the next upgrade runs every "
                + "migration again over the tables they already created.";
        assertEquals(Optional.of(atBase), migrate().stampWarning("base", false));
        assertThrows(ConfirmationRequiredException.class, () -> migrate().stamp("base", false, ASK));
        String purge = "Purging the version table of " + url() + " forgets that it is at r8 and records r5 instead, "
                + "without running any script.";
        assertEquals(Optional.of(purge), migrate().stampWarning("r5", true));
        ConfirmationRequiredException e = assertThrows(
                ConfirmationRequiredException.class, () -> migrate().stamp("r5", true, ASK));
        assertEquals(purge + " Nothing was changed.", e.getMessage());
        assertEquals(Set.of("r8"), migrate().current());
        assertEquals(Optional.empty(), migrate().stampWarning("r5", false), "a stamp that keeps revisions");
        assertEquals(Set.of("r5"), migrate().stamp("r5", false, ASK).headsAfter());
        assertTrue(migrate()
                .stamp("base", true, Confirmation.granted())
                .headsAfter()
                .isEmpty());
        assertEquals(Optional.empty(), migrate().stampWarning("head", true), "nothing applied: nothing forgotten");
    }
}
