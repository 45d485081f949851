package dev.migrate.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

class ScratchNameTest {
    private static final String PREFIX = "migrate_scratch_";

    @Test
    void aNameSaysWhoMadeItAndWhen() {
        ScratchName name = ScratchName.next(PREFIX);
        assertTrue(name.name().length() <= 55 && name.name().matches("[a-z0-9_]+"), name.name());
        ScratchName parsed = ScratchName.parse(PREFIX, name.name()).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), parsed.pid());
        assertEquals(name.created().truncatedTo(ChronoUnit.SECONDS), parsed.created());
        assertEquals(name.name(), parsed.name());
    }

    @Test
    void namesMigrateDidNotGiveAreNotItsOwn() {
        for (String other : new String[] {
            "migrate_scratch_0123456789ab",
            "migrate_scratch_keep_me",
            "app",
            "migrate_scratch_a3b0f0f4_123_tpgnx0_5a2f3fb6_extra",
            "other_a3b0f0f4_123_tpgnx0_5a2f3fb6"
        }) {
            assertEquals(Optional.empty(), ScratchName.parse(PREFIX, other), other);
        }
    }

    @Test
    void aRunIsOverWhenItsProcessIsGoneOrItsIdWasReusedOrADayHasPassed() throws Exception {
        Instant now = Instant.now();
        String here = ScratchName.next(PREFIX).host();
        long self = ProcessHandle.current().pid();
        assertFalse(new ScratchName(PREFIX, here, self, now, "00000000").abandoned(now), "this live process");

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertTrue(new ScratchName(PREFIX, here, ended.pid(), now, "00000000").abandoned(now), "an ended process");

        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        assertTrue(
                new ScratchName(PREFIX, here, self, started.minus(Duration.ofHours(1)), "00000000").abandoned(now),
                "made by an earlier process with this id");

        assertFalse(
                new ScratchName(PREFIX, "00000000", 1, now.minus(Duration.ofHours(23)), "00000000").abandoned(now),
                "another host's, younger than a day");
        assertTrue(
                new ScratchName(PREFIX, "00000000", 1, now.minus(Duration.ofHours(25)), "00000000").abandoned(now),
                "another host's, older than a day");
    }
}
