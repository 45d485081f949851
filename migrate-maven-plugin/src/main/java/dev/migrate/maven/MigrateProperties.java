package dev.migrate.maven;

/** Every user property of the plugin, in one place. All start with "migrate.". */
public final class MigrateProperties {
    /** The configurator every goal uses: Maven's, with secrets masked in what -X prints. */
    public static final String CONFIGURATOR = "migrate";

    public static final String SKIP = "migrate.skip";
    public static final String URL = "migrate.url";
    public static final String USER = "migrate.user";
    public static final String PASSWORD = "migrate.password";
    public static final String SERVER_ID = "migrate.serverId";
    public static final String SCRATCH_URL = "migrate.scratchUrl";
    public static final String SCRATCH_OVERWRITE = "migrate.scratchOverwrite";
    public static final String IGNORE = "migrate.ignore";
    /** The environment variable read when no URL is configured. */
    public static final String URL_VARIABLE = "MIGRATE_URL";

    public static final String MIGRATIONS = "migrate.migrations";
    public static final String VERSION_TABLE = "migrate.versionTable";
    public static final String TRANSACTION = "migrate.transaction";
    public static final String FILE_TEMPLATE = "migrate.fileTemplate";
    public static final String TARGET = "migrate.target";
    public static final String SQL = "migrate.sql";
    public static final String SQL_OUTPUT = "migrate.sqlOutput";
    public static final String MESSAGE = "migrate.message";
    public static final String HEAD = "migrate.head";
    public static final String BRANCH_LABEL = "migrate.branchLabel";
    public static final String DEPENDS_ON = "migrate.dependsOn";
    public static final String REVISION_ID = "migrate.revisionId";
    public static final String NON_TRANSACTIONAL = "migrate.nonTransactional";
    public static final String CONFIRM = "migrate.confirm";
    public static final String MAX_UNCONFIRMED_STEPS = "migrate.maxUnconfirmedSteps";
    public static final String RANGE = "migrate.range";
    public static final String VERBOSE = "migrate.verbose";
    public static final String FORMAT = "migrate.format";
    public static final String GRAPH_DIRECTORY = "migrate.graphDirectory";
    public static final String MODEL = "migrate.model";
    public static final String REVISION = "migrate.revision";
    public static final String REVISIONS = "migrate.revisions";
    public static final String PURGE = "migrate.purge";
    public static final String ACCEPT = "migrate.accept";
    public static final String SCHEMA = "migrate.schema";
    public static final String JPA = "migrate.jpa";
    public static final String JPA_PACKAGES = "migrate.jpa.packages";
    public static final String JPA_NAMING = "migrate.jpa.naming";
    public static final String RENAMES = "migrate.renames";
    public static final String COMPARE_TO = "migrate.compareTo";
    public static final String EMPTY = "migrate.empty";
    public static final String FROM_DRIFT = "migrate.fromDrift";
    public static final String JAVA = "migrate.java";
    public static final String JAVA_PACKAGE = "migrate.javaPackage";
    public static final String LINT_RULES = "migrate.lintRules";
    public static final String LINT_SAFE = "migrate.lint.safe";
    public static final String LOCK_TIMEOUT = "migrate.lockTimeout";
    public static final String KEEP_DATA = "migrate.keepData";
    public static final String TENANTS = "migrate.tenants";
    public static final String TENANTS_QUERY = "migrate.tenantsQuery";
    public static final String PARALLEL = "migrate.parallel";

    /** The default database: a SQLite file named after the project, beside its pom. */
    public static final String DEFAULT_MIGRATIONS = "${project.basedir}/src/main/resources/db/migrations";

    private MigrateProperties() {}
}
