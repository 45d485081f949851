package dev.migrate.autogenerate;

import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.util.regex.Pattern;

/**
 * How autogenerate writes changes that lock a live table: in the forms that keep it writable (where the database
 * has them: a concurrent index build in a revision of its own, constraints validated after they are added) and with
 * a {@code lockTimeout} (PostgreSQL's units: {@code 5s}, {@code 500ms}, {@code 1min}) at the start of each script
 * that takes strong locks; or, when not {@code enabled}, in the plain forms.
 */
public record SafeForms(boolean enabled, String lockTimeout) {
    private static final Pattern DURATION = Pattern.compile("[0-9]+(\\.[0-9]+)?(us|ms|s|min|h|d)?");

    public static final SafeForms DEFAULT = new SafeForms(true, "5s");
    public static final SafeForms PLAIN = new SafeForms(false, null);

    public SafeForms {
        lockTimeout = lockTimeout == null || lockTimeout.isBlank() ? null : lockTimeout.strip();
        if (lockTimeout != null && !DURATION.matcher(lockTimeout).matches()) {
            throw new MigrateException(
                    "'" + lockTimeout + "' is not a lock timeout.",
                    Remedy.of(
                            "Give ",
                            Remedy.name(Setting.LOCK_TIMEOUT),
                            " a number and a unit (ms, s, min, h), such as 5s, or leave it empty for none."));
        }
    }
}
