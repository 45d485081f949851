package dev.migrate.runtime;

/**
 * What a command did on one tenant: its result, or why it failed.
 *
 * @param result  the command's result, or null when it failed
 * @param failure what went wrong, or null
 * @param millis  how long the tenant's command took
 */
public record TenantOutcome<T>(Tenant tenant, T result, RuntimeException failure, long millis) {
    public boolean failed() {
        return failure != null;
    }
}
