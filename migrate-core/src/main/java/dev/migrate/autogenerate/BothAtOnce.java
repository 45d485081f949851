package dev.migrate.autogenerate;

import java.util.function.Supplier;

/**
 * Computes two independent results at the same time: building two schemas on two scratch databases mostly waits
 * on the database, so the second need not wait for the first.
 */
final class BothAtOnce<A, B> {
    private final A first;
    private final B second;

    private BothAtOnce(A first, B second) {
        this.first = first;
        this.second = second;
    }

    /**
     * Runs {@code second} on a new thread and {@code first} on this one. Returns only when both have ended, so
     * that each has cleaned up after itself (dropped its scratch database) whatever happened to the other; when
     * both fail, {@code first}'s failure is reported.
     */
    static <A, B> BothAtOnce<A, B> compute(Supplier<A> first, Supplier<B> second) {
        Object[] secondResult = new Object[1];
        Throwable[] secondFailure = new Throwable[1];
        Thread thread = new Thread(
                () -> {
                    try {
                        secondResult[0] = second.get();
                    } catch (Throwable t) {
                        secondFailure[0] = t;
                    }
                },
                "migrate-schema");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        A a;
        try {
            a = first.get();
        } finally {
            joinUninterruptibly(thread);
        }
        if (secondFailure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (secondFailure[0] instanceof Error e) {
            throw e;
        }
        if (secondFailure[0] != null) {
            throw new IllegalStateException(secondFailure[0]);
        }
        @SuppressWarnings("unchecked")
        B b = (B) secondResult[0];
        return new BothAtOnce<>(a, b);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    A first() {
        return first;
    }

    B second() {
        return second;
    }
}
