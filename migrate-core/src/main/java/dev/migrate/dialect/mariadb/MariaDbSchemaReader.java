package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.CatalogReader;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Event;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Sql;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the connected database's schema from information_schema with a fixed number of queries, whatever the
 * number of tables. Both sides of a comparison are read here, so what matters most is that one schema reads the
 * same whichever way it was written: MariaDB's own normal forms are kept, and only what differs between databases
 * (the database's name in views) or what MariaDB adds by itself (indexes for foreign keys, json_valid checks) is
 * taken out.
 */
final class MariaDbSchemaReader extends CatalogReader {
    /** The names MariaDB gives foreign keys declared without one; their indexes are named after the first column. */
    static final Pattern AUTO_FOREIGN_KEY = Pattern.compile(".+_ibfk_[0-9]+");

    private String database;
    private boolean mariadb;

    private final Map<String, TableParts> tables = new LinkedHashMap<>();

    /** A table while it is being read. */
    private static final class TableParts {
        final String name;
        final String comment;
        final String collation;
        final List<ColumnRow> columns = new ArrayList<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        /** Checks json_valid(c) named after their column c: MariaDB's own for a JSON column, if c is LONGTEXT. */
        final Map<String, CheckConstraint> jsonChecks = new LinkedHashMap<>();
        /** ENGINE, ROW_FORMAT, KEY_BLOCK_SIZE where they are not the defaults, or null. */
        String options;

        TableParts(String name, String comment, String collation) {
            this.name = name;
            this.comment = comment;
            this.collation = collation;
        }
    }

    private record ColumnRow(
            String name,
            String type,
            String charset,
            String collation,
            boolean nullable,
            String defaultValue,
            String extra,
            String generation,
            String comment) {}

    private static final class IndexParts {
        final String name;
        final boolean unique;
        final List<String> columns = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        boolean plain = true;
        boolean expression;
        String method;

        IndexParts(String name, boolean unique) {
            this.name = name;
            this.unique = unique;
        }
    }

    private static final class ForeignKeyParts {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<String> targetColumns = new ArrayList<>();
        String target;
        String onDelete;
        String onUpdate;

        ForeignKeyParts(String name) {
            this.name = name;
        }
    }

    MariaDbSchemaReader(Connection c, Set<String> ignoredTables) {
        super(c, ignoredTables, t -> t.substring(t.lastIndexOf('.') + 1));
    }

    @Override
    public Schema read() throws SQLException {
        String sqlMode;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE(), @@SESSION.sql_mode, VERSION()")) {
            rs.next();
            database = rs.getString(1);
            sqlMode = rs.getString(2);
            mariadb = rs.getString(3).toLowerCase(Locale.ROOT).contains("mariadb");
        }
        if (database == null) {
            throw new SQLException("No database is selected: name one in the JDBC URL (jdbc:mariadb://host:3306/db)");
        }
        // Under ANSI_QUOTES the server prints names in double quotes, which other sessions read as strings.
        boolean ansiQuotes = sqlMode != null && sqlMode.toUpperCase(Locale.ROOT).contains("ANSI_QUOTES");
        if (ansiQuotes) {
            setSqlMode(withoutAnsiQuotes(sqlMode));
        }
        try {
            return readCatalog();
        } finally {
            if (ansiQuotes) {
                setSqlMode(sqlMode);
            }
        }
    }

    private Schema readCatalog() throws SQLException {
        Map<String, String> partitioned = partitionedTables();
        query(
                "SELECT TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION, ENGINE, CREATE_OPTIONS, @@default_storage_engine, "
                        + "@@collation_database FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') "
                        + "ORDER BY TABLE_NAME",
                rs -> {
                    String name = rs.getString(1);
                    if (!ignored(name)) {
                        TableParts t = new TableParts(name, rs.getString(2), rs.getString(3));
                        t.options = MariaDbTableOptions.read(
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(3),
                                rs.getString(7),
                                partitioned.get(name));
                        tables.put(name, t);
                    }
                });
        // Checks first: they tell which LONGTEXT columns are MariaDB's JSON.
        String checks = mariadb
                ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                        + "WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME"
                // MySQL's CHECK_CONSTRAINTS has no table; its check names are unique in the schema
                : "SELECT t.TABLE_NAME, k.CONSTRAINT_NAME, k.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS t "
                        + "JOIN information_schema.CHECK_CONSTRAINTS k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA "
                        + "AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME WHERE t.TABLE_SCHEMA = DATABASE() "
                        + "AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY t.TABLE_NAME, k.CONSTRAINT_NAME";
        query(checks, rs -> {
            TableParts t = tables.get(rs.getString(1));
            if (t == null) {
                return;
            }
            String name = rs.getString(2);
            String clause = MariaDbNames.simplify(rs.getString(3), database);
            CheckConstraint check = new CheckConstraint(name, clause);
            if (clause.equalsIgnoreCase("json_valid(" + MariaDbNames.quote(name) + ")")) {
                t.jsonChecks.put(name.toLowerCase(Locale.ROOT), check);
            } else {
                t.checks.add(check);
            }
        });
        query(
                "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME, COLLATION_NAME, IS_NULLABLE, "
                        + "COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
                rs -> {
                    TableParts t = tables.get(rs.getString(1));
                    if (t != null) {
                        t.columns.add(new ColumnRow(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                "YES".equals(rs.getString(6)),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10)));
                    }
                });
        query(
                "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE "
                        + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                        + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
                rs -> {
                    TableParts t = tables.get(rs.getString(1));
                    String type = rs.getString(7);
                    if (t == null) {
                        return;
                    }
                    String name = rs.getString(2);
                    boolean unique = rs.getInt(3) == 0;
                    IndexParts ix = t.indexes.computeIfAbsent(name, n -> new IndexParts(n, unique));
                    // FULLTEXT and SPATIAL are kinds of index, HASH a method; BTREE is the default
                    ix.method = "BTREE".equals(type) ? null : type;
                    if (ix.method != null) {
                        ix.plain = false;
                    }
                    String column = rs.getString(4);
                    if (column == null) {
                        ix.expression = true; // MySQL's functional key parts, which MariaDB does not have
                        return;
                    }
                    String key = column;
                    int prefix = rs.getInt(5);
                    // a spatial index reports a key length of its own, which CREATE INDEX does not take
                    if (!rs.wasNull() && !"SPATIAL".equals(type)) {
                        key += "(" + prefix + ")";
                        ix.plain = false;
                    }
                    if ("D".equals(rs.getString(6))) {
                        key += " DESC";
                        ix.plain = false;
                    }
                    ix.columns.add(column);
                    ix.keys.add(key);
                });
        query(
                "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                        + "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
                        + "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                        + "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME "
                        + "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                        + "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                        + "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
                rs -> {
                    TableParts t = tables.get(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    ForeignKeyParts fk = t.foreignKeys.computeIfAbsent(rs.getString(2), ForeignKeyParts::new);
                    fk.columns.add(rs.getString(3));
                    String schema = rs.getString(4);
                    fk.target = schema == null || schema.equals(database)
                            ? rs.getString(5)
                            : schema + "." + rs.getString(5);
                    fk.targetColumns.add(rs.getString(6));
                    fk.onDelete = rs.getString(7);
                    fk.onUpdate = rs.getString(8);
                });
        List<View> views = new ArrayList<>();
        query(
                "SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE FROM information_schema.VIEWS "
                        + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
                rs -> {
                    String check = rs.getString(3);
                    views.add(new View(
                            rs.getString(1),
                            "CREATE " + ("INVOKER".equals(rs.getString(4)) ? "SQL SECURITY INVOKER " : "") + "VIEW "
                                    + MariaDbNames.quote(rs.getString(1)) + " AS "
                                    + MariaDbNames.simplify(rs.getString(2), database)
                                    + (check == null || check.equals("NONE")
                                            ? ""
                                            : " WITH " + check + " CHECK OPTION")));
                });
        List<Trigger> triggers = new ArrayList<>();
        Map<String, String> previous = new LinkedHashMap<>();
        query(
                "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT "
                        + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                        + "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER",
                rs -> {
                    String name = rs.getString(1);
                    String table = rs.getString(2);
                    if (ignored(table)) {
                        return;
                    }
                    String event = rs.getString(3) + " " + rs.getString(4);
                    // The second trigger of a table's timing and event runs after the first; FOLLOWS keeps that order.
                    String before = previous.put(table + " " + event, name);
                    triggers.add(new Trigger(
                            name,
                            table,
                            "CREATE TRIGGER " + MariaDbNames.quote(name) + " " + event + " ON "
                                    + MariaDbNames.quote(table) + " FOR EACH ROW "
                                    + (before == null ? "" : "FOLLOWS " + MariaDbNames.quote(before) + " ")
                                    + MariaDbNames.triggerBody(rs.getString(5))));
                });
        return new Schema(
                        tables.values().stream().map(this::table).toList(),
                        dependenciesFirst(views),
                        triggers,
                        notModelled())
                .withSequences(mariadb ? sequences() : List.of())
                .withObjects(events());
    }

    /** The SHOW CREATE TABLE of each partitioned table, by name: only it says the partitioning as it is written. */
    private Map<String, String> partitionedTables() throws SQLException {
        List<String> names = new ArrayList<>();
        query(
                "SELECT DISTINCT TABLE_NAME FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND PARTITION_NAME IS NOT NULL ORDER BY TABLE_NAME",
                rs -> names.add(rs.getString(1)));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            if (!ignored(name)) {
                query("SHOW CREATE TABLE " + MariaDbNames.quote(name), rs -> out.put(name, rs.getString(2)));
            }
        }
        return out;
    }

    private List<Event> events() throws SQLException {
        List<Event> out = new ArrayList<>();
        query(MariaDbEvents.QUERY, rs -> {
            if (!ignored(rs.getString(1))) {
                out.add(MariaDbEvents.read(rs));
            }
        });
        return out;
    }

    /** What the model does not hold, named so that it is reported as not compared rather than silently left out. */
    private List<String> notModelled() throws SQLException {
        List<String> out = new ArrayList<>();
        query(
                "SELECT CONCAT('system versioning of ', TABLE_NAME) FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SYSTEM VERSIONED'",
                rs -> out.add(rs.getString(1)));
        return out;
    }

    /** MariaDB's sequences, each read from itself: one query for all of them. */
    private List<Sequence> sequences() throws SQLException {
        List<String> names = new ArrayList<>();
        query(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_NAME",
                rs -> {
                    if (!ignored(rs.getString(1))) {
                        names.add(rs.getString(1));
                    }
                });
        List<Sequence> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        String each = names.stream()
                .map(n -> "SELECT " + MariaDbNames.literal(n) + ", start_value, increment, minimum_value, "
                        + "maximum_value, cache_size, cycle_option FROM " + MariaDbNames.quote(n))
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        query(
                each,
                rs -> out.add(new Sequence(
                        rs.getString(1),
                        null,
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getBoolean(7),
                        null)));
        return out;
    }

    private Table table(TableParts t) {
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>(t.checks);
        Map<String, CheckConstraint> jsonChecks = new LinkedHashMap<>(t.jsonChecks);
        for (ColumnRow r : t.columns) {
            String extra = r.extra() == null ? "" : r.extra().toUpperCase(Locale.ROOT);
            boolean generated = extra.contains("GENERATED");
            String dflt = r.defaultValue();
            // MariaDB shows "no default" as SQL NULL and DEFAULT NULL as the text NULL: both mean none
            if (generated || dflt == null || dflt.equalsIgnoreCase("NULL")) {
                dflt = null;
            }
            boolean json = r.type().equalsIgnoreCase("longtext")
                    && jsonChecks.remove(r.name().toLowerCase(Locale.ROOT)) != null;
            String type = MariaDbTypes.type(r.type(), r.charset(), r.collation(), t.collation, r.extra(), json);
            columns.add(new Column(
                    r.name(),
                    type,
                    r.nullable(),
                    MariaDbNames.simplify(dflt, database),
                    extra.contains("AUTO_INCREMENT"),
                    generated ? MariaDbNames.simplify(r.generation(), database) : null,
                    extra.contains("STORED") || extra.contains("PERSISTENT"),
                    r.comment()));
        }
        checks.addAll(jsonChecks.values());
        List<ForeignKey> foreignKeys = new ArrayList<>();
        Set<String> automaticIndexes = new HashSet<>();
        for (ForeignKeyParts f : t.foreignKeys.values()) {
            foreignKeys.add(new ForeignKey(f.name, f.columns, f.target, f.targetColumns, f.onDelete, f.onUpdate));
            String automatic = automaticIndex(t, f, automaticIndexes);
            if (automatic != null) {
                automaticIndexes.add(automatic);
            }
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (IndexParts ix : t.indexes.values()) {
            if (ix.expression) {
                continue;
            }
            if (ix.name.equals("PRIMARY")) {
                primaryKey = new PrimaryKey(null, ix.columns);
            } else if (ix.unique && ix.plain) {
                // MariaDB keeps UNIQUE (a) and CREATE UNIQUE INDEX alike; the model calls both a constraint
                uniques.add(new UniqueConstraint(ix.name, ix.columns));
            } else if (!automaticIndexes.contains(ix.name)) {
                indexes.add(new Index(ix.name, ix.unique, ix.keys, null, ix.method, null));
            }
        }
        return new Table(t.name, columns, primaryKey, foreignKeys, uniques, checks, indexes, t.comment, t.options);
    }

    /**
     * The index MariaDB created by itself for a foreign key, which the model must not see: it has the key's
     * columns and is named after the key, or after its first column when the key's name is MariaDB's own.
     */
    private static String automaticIndex(TableParts t, ForeignKeyParts f, Set<String> taken) {
        List<IndexParts> candidates = t.indexes.values().stream()
                .filter(ix ->
                        !ix.unique && ix.plain && !taken.contains(ix.name) && Sql.sameNames(ix.columns, f.columns))
                .toList();
        for (IndexParts ix : candidates) {
            if (ix.name.equals(f.name)) {
                return ix.name;
            }
        }
        if (!AUTO_FOREIGN_KEY.matcher(f.name).matches()) {
            return null;
        }
        String first = f.columns.get(0);
        Pattern named = Pattern.compile(Pattern.quote(first) + "(_[0-9]+)?", Pattern.CASE_INSENSITIVE);
        for (IndexParts ix : candidates) {
            if (named.matcher(ix.name).matches()) {
                return ix.name;
            }
        }
        // renaming the column keeps the index's old name
        return candidates.isEmpty() ? null : candidates.get(0).name;
    }

    /** Views that others select from come first, so that each can be created after what it uses. */
    private static List<View> dependenciesFirst(List<View> views) {
        List<View> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (View v : views) {
            visit(v, views, out, done, new HashSet<>());
        }
        return out;
    }

    private static void visit(View v, List<View> all, List<View> out, Set<String> done, Set<String> visiting) {
        if (done.contains(v.name()) || !visiting.add(v.name())) {
            return;
        }
        for (View other : all) {
            if (other != v && Sql.mentions(v.sql(), other.name())) {
                visit(other, all, out, done, visiting);
            }
        }
        done.add(v.name());
        out.add(v);
    }

    private static String withoutAnsiQuotes(String sqlMode) {
        List<String> modes = new ArrayList<>();
        for (String m : sqlMode.split(",")) {
            if (!m.isBlank() && !m.strip().equalsIgnoreCase("ANSI_QUOTES")) {
                modes.add(m.strip());
            }
        }
        return String.join(",", modes);
    }

    private void setSqlMode(String mode) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SET SESSION sql_mode = ?")) {
            s.setString(1, mode);
            s.execute();
        }
    }
}
