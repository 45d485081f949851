package dev.migrate.runtime;

import java.util.Locale;

/** A duration as a person reads it in a log: 42 ms, 3.4 s, 2 min 05 s. */
public final class Durations {
    private Durations() {}

    public static String of(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
