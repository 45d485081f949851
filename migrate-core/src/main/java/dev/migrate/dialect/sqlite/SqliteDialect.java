package dev.migrate.dialect.sqlite;

import dev.migrate.base.MigrateException;
import dev.migrate.base.MigrateLog;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.dialect.BaseDialect;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Rows;
import dev.migrate.dialect.RunLock;
import dev.migrate.dialect.ScratchDatabase;
import dev.migrate.dialect.ScratchName;
import dev.migrate.dialect.ScratchSweep;
import dev.migrate.schema.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** SQLite through sqlite-jdbc: the embedded default. */
public final class SqliteDialect extends BaseDialect {
    private static final String PREFIX = "jdbc:sqlite:";

    private static final java.util.regex.Pattern TENANT =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");

    public SqliteDialect() {
        super(
                "sqlite",
                List.of(PREFIX),
                new SqliteLexer(),
                new SqliteRenderer(),
                true,
                "org.hibernate.community.dialect.SQLiteDialect");
    }

    @Override
    public boolean forwardReferences() {
        return true;
    }

    @Override
    public List<String> exampleUrls() {
        return List.of("jdbc:sqlite:path/to/file.db");
    }

    @Override
    public String driver(String url) {
        return "org.xerial:sqlite-jdbc";
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // Writers from outside migrate wait instead of failing at once with SQLITE_BUSY; a busy_timeout in the
            // URL (jdbc:sqlite:app.db?busy_timeout=5000) says how long.
            if (!String.valueOf(connection.getMetaData().getURL()).contains("busy_timeout=")) {
                s.execute("PRAGMA busy_timeout = 60000");
            }
            // A table rebuild drops and recreates a table; with enforcement on, that would cascade to its children.
            s.execute("PRAGMA foreign_keys = OFF");
            // A migration commits per step. Deleting the journal after each commit costs more syncs than truncating
            // it, with the same durability; release() puts the database's own mode back (and removes the file).
            if (journalMode(connection).equals("delete")) {
                s.execute("PRAGMA journal_mode = TRUNCATE");
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (journalMode(connection).equals("truncate")) {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // a journal mode cannot change inside a transaction
                }
                s.execute("PRAGMA journal_mode = DELETE");
            }
        }
    }

    private static String journalMode(Connection connection) throws SQLException {
        return String.valueOf(Rows.one(connection, "PRAGMA journal_mode")).toLowerCase(Locale.ROOT);
    }

    @Override
    public Remedy hint(SQLException e, Remedy fallback) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return Remedy.of(
                    "Another program holds a lock on the database file: an application using it, or a SQL "
                            + "client in the middle of a write. Let it finish or close it; migrate waits busy_timeout "
                            + "milliseconds for it (60000 unless the URL says otherwise: jdbc:sqlite:app.db?busy_timeout=120000).");
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return Remedy.of(
                    "Check ",
                    Remedy.settings(Setting.URL),
                    ": the directory of the SQLite file must " + "exist, and the file must be readable and writable.");
        }
        return fallback;
    }

    /** The main database's file, by its real path (symbolic links and relative spellings resolved). */
    @Override
    public String databaseIdentity(Connection connection) throws SQLException {
        String file = Rows.one(connection, "SELECT file FROM pragma_database_list WHERE name = 'main'");
        if (file == null || file.isEmpty()) {
            return "memory:" + System.identityHashCode(connection); // each in-memory database is its own
        }
        try {
            return "file:" + Path.of(file).toRealPath();
        } catch (IOException e) {
            return "file:" + Path.of(file).toAbsolutePath().normalize();
        }
    }

    @Override
    public String autoIncrementPrimaryKey(String name) {
        return name + " INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public boolean exists(DatabaseConfig config) {
        Path file = file(config.url());
        return file == null || Files.exists(file);
    }

    /** The database file a URL names, or null for an in-memory database. */
    public static Path file(String url) {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.equals(":memory:") || url.contains("mode=memory")) {
            return null;
        }
        return Paths.get(rest);
    }

    /** Makes a relative database path absolute against {@code base}, so it does not depend on the working directory. */
    @Override
    public String resolveAgainst(String url, Path base) {
        if (!url.startsWith(PREFIX)) {
            return url;
        }
        Path file = file(url);
        if (file == null || file.isAbsolute()) {
            return url;
        }
        String rest = url.substring(PREFIX.length());
        String fileScheme = rest.startsWith("file:") ? "file:" : "";
        String path = rest.substring(fileScheme.length());
        return PREFIX + fileScheme + base.resolve(path).normalize();
    }

    /** A tenant is a database file in the configured database's directory. */
    @Override
    public String tenantUrl(String baseUrl, String name) {
        tenantName(name, TENANT, "a file name of letters, digits, _, - and ., not starting with .");
        Path file = file(baseUrl);
        if (file == null) {
            throw new IllegalArgumentException("an in-memory database has no directory to keep tenant files in");
        }
        Path dir = file.toAbsolutePath().getParent();
        return PREFIX + dir.resolve(name);
    }

    /** An entry with * or ? stands for the files it matches in the configured database's directory, but that one. */
    @Override
    public List<String> tenantNames(String baseUrl, String entry) {
        Path file = file(baseUrl);
        if (file == null || (entry.indexOf('*') < 0 && entry.indexOf('?') < 0)) {
            return List.of(entry);
        }
        Path dir = file.toAbsolutePath().getParent();
        java.nio.file.PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + entry);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))
                    .filter(f -> !f.getFileName().equals(file.getFileName()))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RunLock lock(String url, Connection connection, MigrateLog log) {
        Path file = file(url);
        if (file == null) {
            return () -> {};
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".migrate-lock");
        return FileRunLock.acquire(lockFile, log);
    }

    /** SQLite compares names without regard to ASCII case; a version table lives in main (see checkVersionTable). */
    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        return Rows.exists(
                connection,
                "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ? " + "COLLATE NOCASE",
                unqualified(table));
    }

    @Override
    public void checkVersionTable(String table) {
        int dot = table.indexOf('.');
        String schema = dot < 0 ? "main" : table.substring(0, dot).toLowerCase(Locale.ROOT);
        if (!schema.equals("main")) {
            throw new MigrateException(
                    "The version table '" + table + "' is not in SQLite's main schema: "
                            + (schema.equals("temp")
                                    ? "a temp table vanishes when migrate's connection closes"
                                    : "migrate's connections attach no other database"),
                    Remedy.of(
                            "Name the version table without a schema (",
                            Remedy.name(Setting.VERSION_TABLE),
                            "), or with main."));
        }
    }

    /** {@code main.t} is {@code t}: the only schema migrate's connections have besides temp. */
    static String unqualified(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    @Override
    public Schema readSchema(Connection connection, Set<String> ignoredTables) throws SQLException {
        return new SqliteSchemaReader(connection, ignoredTables).read();
    }

    private static final String SCRATCH_PREFIX = "migrate-scratch-";
    private static final String[] SCRATCH_FILES = {"", "-journal", "-wal", "-shm", ".migrate-lock"};

    /** Deletes the scratch files killed runs left in the work directory (target/migrate). */
    private static void sweepScratch(Path workDirectory, MigrateLog log) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(workDirectory)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".db"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".db".length())));
        }
        ScratchSweep.sweep(
                SCRATCH_PREFIX,
                names,
                workDirectory.toString(),
                name -> deleteScratch(workDirectory.resolve(name + ".db")),
                log);
    }

    private static void deleteScratch(Path file) throws IOException {
        for (String suffix : SCRATCH_FILES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    @Override
    public ScratchDatabase createScratch(DatabaseConfig config, Path workDirectory, MigrateLog log) {
        try {
            Files.createDirectories(workDirectory);
            sweepScratch(workDirectory, log);
            Path file = Files.createFile(
                    workDirectory.resolve(ScratchName.next(SCRATCH_PREFIX).name() + ".db"));
            // thrown away after use, so it need not survive a crash: no syncs, and the rollback journal in memory
            DatabaseConfig scratch = new DatabaseConfig(
                    PREFIX + file.toAbsolutePath() + "?synchronous=OFF&journal_mode=MEMORY", null, null);
            return new ScratchDatabase() {
                @Override
                public DatabaseConfig config() {
                    return scratch;
                }

                @Override
                public void close() {
                    try {
                        deleteScratch(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new MigrateException(
                    "Cannot create a scratch database in " + workDirectory + ": " + e.getMessage(),
                    "Check that the directory is writable.",
                    e);
        }
    }
}
