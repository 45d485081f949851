package dev.migrate.spring;

import dev.migrate.runtime.TransactionMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the application's database is migrated at start-up: the {@code migrate.*} properties. */
@ConfigurationProperties(prefix = "migrate")
public class MigrateProperties {
    /** Whether to migrate at start-up. */
    private boolean enabled = true;

    /**
     * Where the migrations are: classpath:db/migrations (in the application's jar, also the package of its Java
     * migrations), directories (filesystem:/opt/app/migrations); several are merged into one graph.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** The revision to upgrade to: head, a revision id or prefix, a branch label, branch@head. */
    private String target = "head";

    /** Table that holds the current revision(s); the history table is this name plus "_history". */
    private String versionTable = "migrate_version";

    /** EACH: every migration commits with its version update. ALL: one transaction for the whole run. */
    private TransactionMode transaction = TransactionMode.EACH;

    /**
     * Whether to refuse to start when an applied script was edited since it ran; false starts anyway, with a
     * warning per edited script.
     */
    private boolean failOnEdited = true;

    /**
     * A revision to take a database to be at when it has tables but no version table yet (it was built before
     * migrate was adopted): it is stamped there, and only later revisions run. An empty database is migrated from
     * base regardless.
     */
    private String baseline;

    /** JDBC URL of a database account for migrations other than the application's DataSource. */
    private String url;

    /** User for {@code migrate.url}. */
    private String user;

    /** Password for {@code migrate.url}; never logged. */
    private String password;

    /**
     * Further DataSource beans to migrate, by bean name, each with its own locations: for an application with more
     * than one database.
     */
    private Map<String, DataSourceMigration> dataSources = new LinkedHashMap<>();

    /** Exit once migrated, before the application starts serving (init containers, Jobs); --migrate-and-exit too. */
    private boolean exitAfterMigrate;

    /** The migration of one more DataSource bean. */
    public static class DataSourceMigration {
        /** Whether to migrate this DataSource at start-up. */
        private boolean enabled = true;

        /** Where this DataSource's migrations are, e.g. classpath:db/reporting. */
        private List<String> locations = new ArrayList<>();

        /** The revision to upgrade this DataSource to. */
        private String target = "head";

        /** This DataSource's version table. */
        private String versionTable = "migrate_version";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getLocations() {
            return locations;
        }

        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getVersionTable() {
            return versionTable;
        }

        public void setVersionTable(String versionTable) {
            this.versionTable = versionTable;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public TransactionMode getTransaction() {
        return transaction;
    }

    public void setTransaction(TransactionMode transaction) {
        this.transaction = transaction;
    }

    public boolean isFailOnEdited() {
        return failOnEdited;
    }

    public void setFailOnEdited(boolean failOnEdited) {
        this.failOnEdited = failOnEdited;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Map<String, DataSourceMigration> getDataSources() {
        return dataSources;
    }

    public void setDataSources(Map<String, DataSourceMigration> dataSources) {
        this.dataSources = dataSources;
    }

    public boolean isExitAfterMigrate() {
        return exitAfterMigrate;
    }

    public void setExitAfterMigrate(boolean exitAfterMigrate) {
        this.exitAfterMigrate = exitAfterMigrate;
    }
}
