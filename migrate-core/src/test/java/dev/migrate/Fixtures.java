package dev.migrate;

import dev.migrate.base.MigrateLog;
import dev.migrate.dialect.DatabaseConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Small helpers shared by the tests: script files and plain JDBC reads of SQLite files. */
public final class Fixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:32:10Z"), ZoneOffset.UTC);

    private Fixtures() {}

    /** A log that keeps what it is told at info and warn level in {@code messages}; debug goes nowhere. */
    public static MigrateLog recording(List<String> messages) {
        return new MigrateLog() {
            @Override
            public void info(String message) {
                messages.add(message);
            }

            @Override
            public void warn(String message) {
                messages.add(message);
            }

            @Override
            public void debug(String message) {}
        };
    }

    /** A script file {@code <id>.sql} in {@code dir}, written with {@link ScriptFile#write()}. */
    public static ScriptFile script(Path dir, String id) {
        return new ScriptFile(dir, id);
    }

    /** A config for the SQLite file {@code db}, with a fixed clock and scratch databases under {@code work}. */
    public static MigrateConfig.Builder config(Path db, Path migrations, Path work) {
        return MigrateConfig.builder(new DatabaseConfig("jdbc:sqlite:" + db, null, null), migrations)
                .workDirectory(work)
                .clock(CLOCK);
    }

    /** A config for {@code db}, with the scripts in {@code dir}/migrations, scratch files in {@code dir}/work. */
    public static MigrateConfig.Builder config(DatabaseConfig db, Path dir) {
        return MigrateConfig.builder(db, dir.resolve("migrations"))
                .workDirectory(dir.resolve("work"))
                .clock(CLOCK);
    }

    /** Each row of {@code sql} as its columns joined with '|' (NULL as "null"). */
    public static List<String> rows(Path db, String sql) {
        if (!Files.exists(db)) {
            throw new AssertionError(db + " does not exist");
        }
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringJoiner row = new StringJoiner("|");
                for (int k = 1; k <= columns; k++) {
                    row.add(String.valueOf(rs.getString(k)));
                }
                out.add(row.toString());
            }
        } catch (SQLException e) {
            throw new AssertionError("Cannot run " + sql + " on " + db + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static void execute(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("Cannot run " + sql + " on " + db + ": " + e.getMessage(), e);
        }
    }

    /** The application's objects (tables, indexes, triggers, views): everything but SQLite's and migrate's own. */
    public static List<String> userObjects(Path db) {
        return rows(
                db,
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                        + "AND name NOT LIKE 'migrate_version%' ORDER BY name");
    }

    /** Every object of the database with its SQL: the schema, version tables included. */
    public static List<String> schema(Path db) {
        return rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    }

    public static List<String> versionRows(Path db) {
        return rows(db, "SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /** The history table as "action revision", oldest first. */
    public static List<String> history(Path db) {
        return rows(db, "SELECT action || ' ' || revision FROM migrate_version_history ORDER BY id");
    }

    /** A log that keeps every line as "info: ...", "warn: ..." or "debug: ...". */
    public static final class RecordingLog implements MigrateLog {
        public final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void info(String message) {
            lines.add("info: " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("warn: " + message);
        }

        @Override
        public void debug(String message) {
            lines.add("debug: " + message);
        }
    }

    /** Builds the text of one script; every part is optional but the id. */
    public static final class ScriptFile {
        private final Path dir;
        private final String id;
        private String revises = "";
        private String message;
        private String created = "2026-11-24T15:00:00Z";
        private final List<String> extraHeader = new ArrayList<>();
        private String upgrade = "";
        private String downgrade = "";

        private ScriptFile(Path dir, String id) {
            this.dir = dir;
            this.id = id;
            this.message = "m" + id;
        }

        public ScriptFile revises(String parents) {
            this.revises = parents;
            return this;
        }

        public ScriptFile message(String message) {
            this.message = message;
            return this;
        }

        public ScriptFile created(String created) {
            this.created = created;
            return this;
        }

        /** An extra header line, e.g. "-- depends-on: x" or "-- transactional: false". */
        public ScriptFile header(String line) {
            extraHeader.add(line);
            return this;
        }

        public ScriptFile up(String sql) {
            this.upgrade = sql;
            return this;
        }

        public ScriptFile down(String sql) {
            this.downgrade = sql;
            return this;
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append("-- revision: ").append(id).append('\n');
            b.append("-- revises: ").append(revises).append('\n');
            b.append("-- message: ").append(message).append('\n');
            b.append("-- created: ").append(created).append('\n');
            for (String line : extraHeader) {
                b.append(line).append('\n');
            }
            b.append('\n').append("-- migrate:upgrade\n").append(upgrade).append('\n');
            b.append('\n').append("-- migrate:downgrade\n").append(downgrade).append('\n');
            return b.toString();
        }

        public Path write() {
            try {
                Files.createDirectories(dir);
                return Files.writeString(dir.resolve(id + ".sql"), text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
