package dev.migrate.dialect;

import dev.migrate.base.MigrateLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Removes the scratch databases that killed runs left behind (a kill -9, a CI timeout, the OOM killer give a run no
 * chance to drop its own), at the start of every scratch use. Only names migrate gave ({@link ScratchName}) whose
 * run is over are removed; each removal is logged, and one that fails is a warning, never the run's failure.
 */
public final class ScratchSweep {
    /** Drops one scratch database by name. */
    @FunctionalInterface
    public interface Remover {
        void remove(String name) throws Exception;
    }

    private ScratchSweep() {}

    /** Of {@code names}, those migrate gave with {@code prefix} and whose run is over. */
    public static List<ScratchName> abandoned(String prefix, Collection<String> names, Instant now) {
        List<ScratchName> out = new ArrayList<>();
        for (String name : names) {
            ScratchName.parse(prefix, name).filter(n -> n.abandoned(now)).ifPresent(out::add);
        }
        return out;
    }

    /** Removes the abandoned ones among {@code names} on {@code where} (a server's masked URL, a directory). */
    public static void sweep(String prefix, Collection<String> names, String where, Remover remover, MigrateLog log) {
        Instant now = Instant.now();
        for (ScratchName stale : abandoned(prefix, names, now)) {
            try {
                remover.remove(stale.name());
                log.info("Removed the scratch database " + stale.name() + " on " + where + " that a killed run left ("
                        + stale.origin(now) + ")");
            } catch (Exception e) {
                log.warn("Cannot remove the scratch database " + stale.name() + " on " + where + " that a killed run "
                        + "left (" + stale.origin(now) + "): " + e.getMessage());
            }
        }
    }
}
