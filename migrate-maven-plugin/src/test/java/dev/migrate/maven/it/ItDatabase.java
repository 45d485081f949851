package dev.migrate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The database an integration test's build used, for its setup.groovy and verify.groovy scripts. On SQLite it is the
 * file the build left (todo.db); on PostgreSQL and MariaDB a database of the project's own on the local server,
 * created fresh by {@link #prepare} and handed to every Maven run of the project through .mvn/maven.config.
 * A target is a File (SQLite) or a JDBC URL (servers).
 */
public final class ItDatabase {
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private ItDatabase() {}

    /** Creates the project's database on the server and points the project's Maven runs at it. */
    public static void prepare(File basedir, String database) throws SQLException, IOException {
        if (database.equals("sqlite")) {
            return;
        }
        String name = databaseName(basedir);
        String server = serverUrl(database);
        try (Connection c = connect(server + (database.equals("postgresql") ? "postgres" : "test"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (database.equals("postgresql") ? " WITH (FORCE)" : ""));
            s.execute("CREATE DATABASE " + name);
        }
        File config = new File(basedir, ".mvn/maven.config");
        Files.createDirectories(config.getParentFile().toPath());
        Files.writeString(
                config.toPath(),
                "-Dmigrate.url=" + server + name + "\n-Dmigrate.user=" + user(server) + "\n",
                StandardCharsets.UTF_8);
    }

    /** What the checks read: the SQLite file, or the URL of the project's database on the server. */
    public static Object target(File basedir, String database) {
        return database.equals("sqlite") ? new File(basedir, "todo.db") : serverUrl(database) + databaseName(basedir);
    }

    private static String databaseName(File basedir) {
        return ("it_" + basedir.getName()).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
    }

    private static String serverUrl(String database) {
        switch (database) {
            case "postgresql":
                return POSTGRES;
            case "mariadb":
                return MARIADB;
            default:
                throw new IllegalArgumentException("Unknown IT database " + database);
        }
    }

    private static String user(String url) {
        return url.startsWith("jdbc:postgresql:") ? "postgres" : "root";
    }

    /** User tables, then indexes that are not a key's, sorted: "table todos", "index ix_todos_live". */
    public static List<String> objects(Object target) throws SQLException {
        String url = url(target);
        String sql;
        if (url.startsWith("jdbc:sqlite:")) {
            sql = "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                    + "AND name NOT LIKE 'migrate_version%' ORDER BY type DESC, name";
        } else if (url.startsWith("jdbc:postgresql:")) {
            sql = "SELECT kind || ' ' || name FROM (SELECT 'table' AS kind, tablename AS name FROM pg_tables "
                    + "WHERE schemaname = current_schema() UNION ALL SELECT 'index', indexname FROM pg_indexes i "
                    + "WHERE schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                    + "WHERE c.conname = i.indexname)) o WHERE name NOT LIKE 'migrate_version%' ORDER BY kind DESC, name";
        } else {
            sql = "SELECT CONCAT(kind, ' ', name) FROM (SELECT 'table' AS kind, table_name AS name "
                    + "FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' "
                    + "UNION SELECT 'index', s.index_name FROM information_schema.statistics s "
                    + "WHERE s.table_schema = DATABASE() AND s.index_name <> 'PRIMARY' AND s.non_unique = 1 "
                    + "AND NOT EXISTS (SELECT 1 FROM information_schema.referential_constraints r "
                    + "WHERE r.constraint_schema = DATABASE() AND r.constraint_name = s.index_name)) o "
                    + "WHERE name NOT LIKE 'migrate_version%' ORDER BY kind DESC, name";
        }
        return column(target, sql);
    }

    public static List<String> columns(Object target, String table) throws SQLException {
        String url = url(target);
        if (url.startsWith("jdbc:sqlite:")) {
            return column(target, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        }
        String schema = url.startsWith("jdbc:postgresql:") ? "current_schema()" : "DATABASE()";
        return column(
                target,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = " + schema
                        + " AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /** The version table's rows, sorted. */
    public static List<String> versions(Object target) throws SQLException {
        return column(target, "SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /**
     * The history as "action revision" lines, oldest first, without the "running:" rows that announce a step on
     * databases whose DDL commits as it goes.
     */
    public static List<String> history(Object target) throws SQLException {
        String line =
                url(target).startsWith("jdbc:mariadb:") ? "CONCAT(action, ' ', revision)" : "action || ' ' || revision";
        return column(
                target,
                "SELECT " + line + " FROM migrate_version_history WHERE action NOT LIKE 'running:%' " + "ORDER BY id");
    }

    /** Rows of any query, each row's columns joined with '|'. */
    public static List<String> column(Object target, String sql) throws SQLException {
        if (target instanceof File && !((File) target).isFile()) {
            throw new AssertionError("No database file " + target);
        }
        List<String> out = new ArrayList<>();
        try (Connection c = connect(url(target));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    row.append(k > 1 ? "|" : "").append(rs.getString(k));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Runs statements on the database. */
    public static void execute(Object target, String... sql) throws SQLException {
        try (Connection c = connect(url(target));
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** Creates an empty database of that name on the server ("postgresql" or "mariadb"), dropping it first. */
    public static String createDatabase(String database, String name) throws SQLException {
        String server = serverUrl(database);
        try (Connection c = connect(server + (database.equals("postgresql") ? "postgres" : "test"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (database.equals("postgresql") ? " WITH (FORCE)" : ""));
            s.execute("CREATE DATABASE " + name);
        }
        return server + name;
    }

    /**
     * Holds an exclusive lock on a SQLite file from another connection, as an application or a SQL client in the
     * middle of a write would, until the file {@code release} appears or {@code seconds} pass. Returns once the lock
     * is held.
     */
    public static void holdExclusiveLock(File db, File release, int seconds) throws InterruptedException {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(
                () -> {
                    try (Connection c = connect(url(db));
                            Statement s = c.createStatement()) {
                        s.execute("BEGIN EXCLUSIVE");
                        held.countDown();
                        long until = System.currentTimeMillis() + seconds * 1000L;
                        while (!release.exists() && System.currentTimeMillis() < until) {
                            Thread.sleep(100);
                        }
                        s.execute("ROLLBACK");
                    } catch (SQLException | InterruptedException e) {
                        held.countDown();
                    }
                },
                "holds " + db);
        holder.setDaemon(true);
        holder.start();
        if (!held.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("Could not lock " + db);
        }
    }

    private static String url(Object target) {
        return target instanceof File ? "jdbc:sqlite:" + ((File) target).getAbsolutePath() : target.toString();
    }

    /**
     * Asks the drivers of this class's loader directly: DriverManager refuses drivers its caller's loader does not
     * see, which in the invoker's script threads depends on which thread used it first.
     */
    private static Connection connect(String url) throws SQLException {
        Properties login = new Properties();
        if (!url.startsWith("jdbc:sqlite:")) {
            login.setProperty("user", user(url));
            login.setProperty("password", "");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, ItDatabase.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, login);
            }
        }
        throw new SQLException("No JDBC driver on the test classpath for " + url);
    }
}
