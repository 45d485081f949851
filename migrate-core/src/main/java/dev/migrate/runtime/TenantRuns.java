package dev.migrate.runtime;

import dev.migrate.base.MigrateException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one command on many tenants with at most {@code parallel} at a time. A tenant that fails does not stop the
 * others: it is reported, and the run goes on.
 */
public final class TenantRuns {
    private TenantRuns() {}

    public static <T> TenantReport<T> run(List<Tenant> tenants, int parallel, Function<Tenant, T> command) {
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(parallel, tenants.size()));
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "migrate-tenant-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TenantOutcome<T>>> futures = new ArrayList<>();
            for (Tenant tenant : tenants) {
                futures.add(pool.submit(() -> one(tenant, command)));
            }
            List<TenantOutcome<T>> outcomes = new ArrayList<>();
            for (Future<TenantOutcome<T>> f : futures) {
                outcomes.add(f.get());
            }
            return new TenantReport<>(outcomes, threads, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException("Interrupted while migrating the tenants; rerun to carry on", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // one() catches what a command throws
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> TenantOutcome<T> one(Tenant tenant, Function<Tenant, T> command) {
        long start = System.nanoTime();
        try {
            T result = command.apply(tenant);
            return new TenantOutcome<>(tenant, result, null, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            return new TenantOutcome<>(tenant, null, e, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
