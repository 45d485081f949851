package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.CatalogReader;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SqlTokens;
import dev.migrate.schema.SqlTokens.Item;
import dev.migrate.schema.SqlTokens.Token;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a SQLite schema with a fixed number of queries, whatever the number of tables: the catalog and the
 * table-valued pragma functions joined to it.
 */
final class SqliteSchemaReader extends CatalogReader {
    private static final String TABLES = "FROM sqlite_master m JOIN %s p ";
    private static final java.util.regex.Pattern VIRTUAL_MODULE =
            java.util.regex.Pattern.compile("(?i)\\bUSING\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final String USER_TABLES = "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ";

    private final Map<String, TableParts> tables = new LinkedHashMap<>();
    private final List<View> views = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();

    /** A table while it is being read. */
    private static final class TableParts {
        final String name;
        final SqliteTableSql declared;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> primaryKey = new TreeMap<>();
        final Map<Integer, ForeignKeyParts> foreignKeys = new TreeMap<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        TableParts(String name, String sql) {
            this.name = name;
            this.declared = SqliteTableSql.parse(sql);
        }
    }

    private static final class ForeignKeyParts {
        final List<String> from = new ArrayList<>();
        final List<String> to = new ArrayList<>();
        String table;
        String onDelete;
        String onUpdate;
    }

    SqliteSchemaReader(Connection c, Set<String> ignoredTables) {
        super(c, ignoredTables, SqliteDialect::unqualified);
    }

    @Override
    public Schema read() throws SQLException {
        // A virtual table (FTS5, R*Tree...) and the shadow tables its module keeps are no tables the model can hold:
        // they are named as not compared, never rendered as plain tables.
        Set<String> special = new java.util.HashSet<>();
        List<String> notModelled = new ArrayList<>();
        query(
                "SELECT l.name, l.type, m.sql FROM pragma_table_list l LEFT JOIN sqlite_master m ON m.name = l.name "
                        + "WHERE l.schema = 'main' AND l.type IN ('virtual', 'shadow') ORDER BY l.name",
                rs -> {
                    special.add(k(rs.getString(1)));
                    if ("virtual".equals(rs.getString(2)) && !ignored(rs.getString(1))) {
                        java.util.regex.Matcher module = VIRTUAL_MODULE.matcher(String.valueOf(rs.getString(3)));
                        notModelled.add("virtual table " + rs.getString(1)
                                + (module.find() ? " USING " + module.group(1) : ""));
                    }
                });
        Map<String, String> indexSql = new LinkedHashMap<>();
        // In creation order, so that generated scripts follow the order the model was written in.
        query(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid",
                rs -> {
                    String type = rs.getString(1);
                    String name = rs.getString(2);
                    if (ignored(rs.getString(3)) || special.contains(k(rs.getString(3)))) {
                        return;
                    }
                    switch (type) {
                        case "table" -> tables.put(k(name), new TableParts(name, rs.getString(4)));
                        case "view" -> views.add(new View(name, rs.getString(4)));
                        case "trigger" -> triggers.add(new Trigger(name, rs.getString(3), rs.getString(4)));
                        case "index" -> indexSql.put(k(name), rs.getString(4));
                        default -> {}
                    }
                });
        query(
                String.format(
                                "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden " + TABLES,
                                "pragma_table_xinfo(m.name)")
                        + USER_TABLES + "ORDER BY m.name, p.cid",
                rs -> {
                    TableParts t = tables.get(k(rs.getString(1)));
                    if (t == null) {
                        return;
                    }
                    String name = rs.getString(2);
                    SqliteTableSql.Generated g = t.declared.generated.get(k(name));
                    boolean autoIncrement = name.equalsIgnoreCase(t.declared.autoIncrementColumn);
                    t.columns.add(new Column(
                            name,
                            rs.getString(3),
                            rs.getInt(4) == 0,
                            rs.getString(5),
                            autoIncrement,
                            g == null ? null : g.expression(),
                            g != null && g.stored()));
                    if (rs.getInt(6) > 0) {
                        t.primaryKey.put(rs.getInt(6), name);
                    }
                });
        query(
                String.format(
                                "SELECT m.name, p.id, p.\"table\", p.\"from\", p.\"to\", p.on_update, p.on_delete "
                                        + TABLES,
                                "pragma_foreign_key_list(m.name)")
                        + USER_TABLES + "ORDER BY m.name, p.id, p.seq",
                rs -> {
                    TableParts t = tables.get(k(rs.getString(1)));
                    if (t == null) {
                        return;
                    }
                    ForeignKeyParts fk = t.foreignKeys.computeIfAbsent(rs.getInt(2), id -> new ForeignKeyParts());
                    fk.table = rs.getString(3);
                    fk.from.add(rs.getString(4));
                    fk.to.add(rs.getString(5));
                    fk.onUpdate = rs.getString(6);
                    fk.onDelete = rs.getString(7);
                });
        Map<String, List<String>> uniqueColumns = new LinkedHashMap<>();
        Map<String, String> uniqueTable = new LinkedHashMap<>();
        query(
                String.format(
                                "SELECT m.name, p.name, p.\"unique\", p.origin, i.name " + TABLES,
                                "pragma_index_list(m.name)")
                        + "JOIN pragma_index_info(p.name) i " + USER_TABLES + "ORDER BY m.name, p.name, i.seqno",
                rs -> {
                    if (tables.containsKey(k(rs.getString(1))) && "u".equals(rs.getString(4))) {
                        uniqueColumns
                                .computeIfAbsent(rs.getString(2), x -> new ArrayList<>())
                                .add(rs.getString(5));
                        uniqueTable.put(rs.getString(2), rs.getString(1));
                    }
                });
        uniqueColumns.forEach((index, columns) -> {
            TableParts t = tables.get(k(uniqueTable.get(index)));
            t.uniques.add(new UniqueConstraint(t.declared.uniqueNames.get(SqliteTableSql.key(columns)), columns));
        });
        query(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
                rs -> {
                    TableParts t = tables.get(k(rs.getString(2)));
                    if (t != null) {
                        t.indexes.add(index(rs.getString(1), rs.getString(3)));
                    }
                });
        return new Schema(tables.values().stream().map(this::table).toList(), views, triggers, notModelled);
    }

    private Table table(TableParts t) {
        PrimaryKey pk = t.primaryKey.isEmpty()
                ? null
                : new PrimaryKey(t.declared.primaryKeyName, List.copyOf(t.primaryKey.values()));
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKeyParts f : t.foreignKeys.values()) {
            List<String> to = f.to;
            if (to.stream().anyMatch(java.util.Objects::isNull)) {
                TableParts target = tables.get(k(f.table));
                to = target == null ? f.from : List.copyOf(target.primaryKey.values());
            }
            fks.add(new ForeignKey(
                    t.declared.foreignKeyNames.get(SqliteTableSql.key(f.from)),
                    f.from,
                    f.table,
                    to,
                    f.onDelete,
                    f.onUpdate,
                    t.declared.foreignKeyDeferrals.get(SqliteTableSql.key(f.from))));
        }
        return new Table(
                t.name,
                rowidNotNull(t, pk),
                pk,
                fks,
                t.uniques,
                t.declared.checks,
                t.indexes,
                null,
                t.declared.options);
    }

    /**
     * A rowid table's INTEGER PRIMARY KEY is the rowid, never NULL whether it says NOT NULL or not: it reads as NOT
     * NULL either way. Any other key column may hold NULL in SQLite unless it says NOT NULL, and reads as it is.
     */
    private static List<Column> rowidNotNull(TableParts t, PrimaryKey pk) {
        String options = t.declared.options == null ? "" : t.declared.options.toUpperCase(java.util.Locale.ROOT);
        if (pk == null || pk.columns().size() != 1 || options.contains("WITHOUT ROWID")) {
            return t.columns;
        }
        return t.columns.stream()
                .map(c -> c.name().equalsIgnoreCase(pk.columns().get(0))
                                && c.type().equalsIgnoreCase("INTEGER")
                        ? new Column(
                                c.name(),
                                c.type(),
                                false,
                                c.defaultValue(),
                                c.autoIncrement(),
                                c.generated(),
                                c.stored(),
                                c.comment())
                        : c)
                .toList();
    }

    /** Keys and WHERE clause from {@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE ...]}. */
    static Index index(String name, String sql) {
        List<Token> ts = SqlTokens.lex(sql);
        boolean unique = ts.size() > 1 && ts.get(1).is("UNIQUE");
        int on = 0;
        while (on < ts.size() && !ts.get(on).is("ON")) {
            on++;
        }
        int open = on;
        while (open < ts.size() && !ts.get(open).isPunct('(')) {
            open++;
        }
        List<String> keys = new ArrayList<>();
        for (Item item : SqlTokens.items(sql, ts, open)) {
            keys.add(sql.substring(item.start(), item.end()));
        }
        int close = SqlTokens.closing(ts, open);
        String where = close + 1 < ts.size() && ts.get(close + 1).is("WHERE")
                ? SqlTokens.text(sql, ts, close + 2, ts.size() - 1)
                : null;
        return new Index(
                name,
                unique,
                keys.stream().map(SqliteSchemaReader::unquoteSimple).toList(),
                where);
    }

    /** A key that is just a quoted column name is that name. */
    private static String unquoteSimple(String key) {
        List<Token> ts = SqlTokens.lex(key);
        return ts.size() == 1 && ts.get(0).isName() ? ts.get(0).value() : key;
    }

    private static String k(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
