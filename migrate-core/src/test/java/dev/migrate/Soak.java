package dev.migrate;

/**
 * The size of the reliability tests: what CI runs by default, and more with the soak switch
 * ({@code -Dmigrate.soak=true}, or {@code mvn verify -Psoak}). A trial count may also be set on its own, e.g.
 * {@code -Dmigrate.soak.races=50}.
 */
public final class Soak {
    private Soak() {}

    public static boolean on() {
        return Boolean.getBoolean("migrate.soak");
    }

    /** {@code ci} trials normally, {@code soak} under the soak switch; {@code -Dmigrate.soak.<name>=N} wins. */
    public static int trials(String name, int ci, int soak) {
        String given = System.getProperty("migrate.soak." + name);
        if (given != null && !given.isBlank()) {
            return Integer.parseInt(given.strip());
        }
        return on() ? soak : ci;
    }

    /** A seed for a randomised test: {@code -Dmigrate.seed=N} replays a run; otherwise fixed in CI, random in soak. */
    public static long seed(long fixed) {
        String given = System.getProperty("migrate.seed");
        if (given != null && !given.isBlank()) {
            return Long.parseLong(given.strip());
        }
        return on() ? System.nanoTime() : fixed;
    }
}
