package dev.migrate.base;

/**
 * A setting a remedy may tell the user to change or to pass. Its {@link #key()} is its neutral name; each front end
 * spells it its own way (a build property, a configuration method). {@link #api()} is how the engine's API sets it.
 */
public enum Setting {
    URL("url", "DatabaseConfig.url"),
    USER("user", "DatabaseConfig.user"),
    PASSWORD("password", "DatabaseConfig.password"),
    MIGRATIONS("migrations", "MigrateConfig.migrations"),
    VERSION_TABLE("versionTable", "MigrateConfig.versionTable"),
    TRANSACTION("transaction", "MigrateConfig.transactionMode"),
    FILE_TEMPLATE("fileTemplate", "MigrateConfig.fileTemplate"),
    SCRATCH_URL("scratchUrl", "MigrateConfig.scratch"),
    SCRATCH_OVERWRITE("scratchOverwrite", "MigrateConfig.scratchOverwrite"),
    CONFIRM("confirm", "Confirmation.granted()"),
    MAX_UNCONFIRMED_STEPS("maxUnconfirmedSteps", "Confirmation.required(maxSteps)"),
    TARGET("target", "target"),
    PURGE("purge", "purge"),
    ACCEPT("accept", "accept"),
    HEAD("head", "RevisionRequest.head"),
    RANGE("range", "lint(range)"),
    LINT_RULES("lintRules", "lint(severities)"),
    LOCK_TIMEOUT("lockTimeout", "SafeForms.lockTimeout"),
    KEEP_DATA("keepData", "SquashRequest.keepData"),
    TENANTS("tenants", "TenantSource.list"),
    TENANTS_QUERY("tenantsQuery", "TenantSource.query"),
    PARALLEL("parallel", "parallel");

    private final String key;
    private final String api;

    Setting(String key, String api) {
        this.key = key;
        this.api = api;
    }

    public String key() {
        return key;
    }

    public String api() {
        return api;
    }
}
