package javamigrations.mixed;

/** A helper beside the migrations: not a migration, so skipped. */
public final class DisplayNames {
    private DisplayNames() {}

    public static String of(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
