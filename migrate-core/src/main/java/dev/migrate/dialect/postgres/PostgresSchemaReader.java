package dev.migrate.dialect.postgres;

import dev.migrate.dialect.CatalogReader;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Domain;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Extension;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Routine;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Sql;
import dev.migrate.schema.SqlTokens;
import dev.migrate.schema.SqlTokens.Token;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the current schema from pg_catalog with a fixed number of queries, whatever the number of tables. Text
 * comes from PostgreSQL's own deparsers (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef,
 * pg_get_viewdef, pg_get_triggerdef), so a schema written by hand and the same schema as migrate renders it read
 * back alike. Partitions and objects that belong to extensions are left out: neither is created by plain DDL of
 * the schema.
 */
final class PostgresSchemaReader extends CatalogReader {
    private static final String SCHEMA = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())";
    private static final String NOT_EXTENSION_MEMBER = "NOT EXISTS (SELECT 1 FROM pg_depend e "
            + "WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')";
    /** Tables and partitions; a partition's depth is how many tables it is a partition of. */
    private static final String TABLES = "WITH t AS (SELECT c.oid, c.relname, c.relispartition AS partition, "
            + "(SELECT count(*) FROM pg_partition_ancestors(c.oid)) AS depth FROM pg_class c "
            + "WHERE c.relnamespace = " + SCHEMA + " AND c.relkind IN ('r', 'p') AND " + NOT_EXTENSION_MEMBER + ") ";

    /** Partitions after the tables they are partitions of, so that they are created after them and dropped before. */
    private static final String TABLE_QUERY = TABLES
            + "SELECT t.oid, t.relname, obj_description(t.oid, 'pg_class'), c.relpersistence = 'u', c.reloptions, "
            + "c.relrowsecurity, c.relforcerowsecurity, "
            + "(SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent "
            + "WHERE i.inhrelid = c.oid AND c.relispartition) || ' ' || pg_get_expr(c.relpartbound, c.oid), "
            + "pg_get_partkeydef(c.oid) FROM t JOIN pg_class c ON c.oid = t.oid ORDER BY t.depth, t.oid";

    /** Policies as the statement that creates them, PUBLIC and ALL left implied. */
    private static final String POLICY_QUERY = "SELECT p.policyname, p.tablename, 'CREATE POLICY ' "
            + "|| quote_ident(p.policyname) || ' ON ' || quote_ident(p.tablename) "
            + "|| CASE WHEN p.permissive = 'RESTRICTIVE' THEN ' AS RESTRICTIVE' ELSE '' END "
            + "|| CASE WHEN p.cmd = 'ALL' THEN '' ELSE ' FOR ' || p.cmd END "
            + "|| CASE WHEN p.roles = '{public}' THEN '' ELSE ' TO ' || (SELECT string_agg(CASE WHEN r = 'public' "
            + "THEN 'PUBLIC' ELSE quote_ident(r) END, ', ') FROM unnest(p.roles) r) END "
            + "|| COALESCE(' USING (' || p.qual || ')', '') || COALESCE(' WITH CHECK (' || p.with_check || ')', '') "
            + "FROM pg_policies p WHERE p.schemaname = current_schema() ORDER BY p.tablename, p.policyname";

    private static final String EXCLUSION_QUERY = TABLES
            + "SELECT con.conname, t.relname, 'ALTER TABLE ' || quote_ident(t.relname) || ' ADD CONSTRAINT ' "
            + "|| quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid, true) "
            + "FROM t JOIN pg_constraint con ON con.conrelid = t.oid WHERE con.contype = 'x' "
            + "AND con.conparentid = 0 ORDER BY con.oid";

    /**
     * A serial column's default is the nextval() of the sequence the column owns; a collation other than its type's
     * is part of the column's type ({@code text COLLATE "C"}), which ALTER COLUMN ... TYPE changes with it.
     */
    private static final String COLUMN_QUERY = TABLES
            + "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attcollation <> 0 "
            + "AND a.attcollation <> (SELECT ty.typcollation FROM pg_type ty WHERE ty.oid = a.atttypid) THEN "
            + "(SELECT ' COLLATE ' || CASE WHEN cn.nspname IN ('pg_catalog', current_schema()) THEN '' "
            + "ELSE quote_ident(cn.nspname) || '.' END || quote_ident(co.collname) FROM pg_collation co "
            + "JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) ELSE '' END, "
            + "a.attnotnull, "
            + "pg_get_expr(d.adbin, d.adrelid, true), a.attidentity, a.attgenerated, "
            + "col_description(a.attrelid, a.attnum), "
            + "EXISTS (SELECT 1 FROM pg_depend s WHERE s.classid = 'pg_class'::regclass "
            + "AND s.refclassid = 'pg_class'::regclass AND s.refobjid = a.attrelid AND s.refobjsubid = a.attnum "
            + "AND s.deptype = 'a' AND pg_get_expr(d.adbin, d.adrelid) "
            + "= 'nextval(' || quote_literal(s.objid::regclass::text) || '::regclass)') "
            + "FROM t JOIN pg_attribute a ON a.attrelid = t.oid "
            + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            + "WHERE a.attnum > 0 AND NOT a.attisdropped AND NOT t.partition ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINT_QUERY = TABLES
            + "SELECT con.conrelid, con.conname, con.contype, con.confdeltype, con.confupdtype, "
            + "pg_get_constraintdef(con.oid, true), "
            + "ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i) "
            + "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i), "
            + "f.relname, fn.nspname, fn.oid = " + SCHEMA + ", "
            + "ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i) "
            + "JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i), "
            + "con.condeferrable, con.condeferred "
            + "FROM t JOIN pg_constraint con ON con.conrelid = t.oid "
            + "LEFT JOIN pg_class f ON f.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace "
            + "WHERE con.contype IN ('p', 'u', 'f', 'c') AND NOT (t.partition AND (con.conparentid <> 0 "
            + "OR NOT con.conislocal)) ORDER BY con.conrelid, con.oid";

    /**
     * The keys come from the whole definition: pg_get_indexdef of a single key leaves out its collation, operator
     * class and ordering. Indexes that back a constraint belong to the constraint.
     */
    private static final String INDEX_QUERY = TABLES
            + "SELECT i.indrelid, ic.relname, i.indisunique, pg_get_indexdef(i.indexrelid, 0, true), am.amname, "
            + "pg_get_expr(i.indpred, i.indrelid, true) "
            + "FROM t JOIN pg_index i ON i.indrelid = t.oid JOIN pg_class ic ON ic.oid = i.indexrelid "
            + "JOIN pg_am am ON am.oid = ic.relam "
            + "WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conrelid = i.indrelid "
            + "AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')) "
            + "AND NOT EXISTS (SELECT 1 FROM pg_inherits x WHERE x.inhrelid = i.indexrelid) "
            + "ORDER BY i.indrelid, i.indexrelid";

    private static final String VIEW_QUERY = "SELECT c.relname, c.relkind, pg_get_viewdef(c.oid, true), "
            + "c.reloptions FROM pg_class c WHERE c.relnamespace = " + SCHEMA + " AND c.relkind IN ('v', 'm') AND "
            + NOT_EXTENSION_MEMBER + " ORDER BY c.oid";

    private static final String TRIGGER_QUERY = "SELECT tg.tgname, c.relname, pg_get_triggerdef(tg.oid, true) "
            + "FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid WHERE NOT tg.tgisinternal "
            + "AND tg.tgparentid = 0 AND c.relnamespace = " + SCHEMA + " AND " + NOT_EXTENSION_MEMBER
            + " ORDER BY c.relname, tg.tgname";

    /**
     * Sequences as they are, with the column that owns one; left out are an identity column's and a serial column's
     * (its default calls it), which are part of their columns.
     */
    private static final String SEQUENCE_QUERY = "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, "
            + "s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, o.relname, a.attname "
            + "FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid "
            + "LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid "
            + "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            + "LEFT JOIN pg_class o ON o.oid = d.refobjid "
            + "LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            + "LEFT JOIN pg_attrdef df ON df.adrelid = a.attrelid AND df.adnum = a.attnum "
            + "WHERE c.relnamespace = " + SCHEMA + " AND c.relkind = 'S' AND " + NOT_EXTENSION_MEMBER
            + " AND (d.deptype IS NULL OR d.deptype = 'a' AND (df.adbin IS NULL OR pg_get_expr(df.adbin, df.adrelid) "
            + "<> 'nextval(' || quote_literal(c.oid::regclass::text) || '::regclass)')) ORDER BY c.oid";

    private static final String EXTENSION_QUERY =
            "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname";

    private static final String ENUM_QUERY = "SELECT t.typname, "
            + "ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) "
            + "FROM pg_type t WHERE t.typnamespace = " + SCHEMA + " AND t.typtype = 'e' AND NOT EXISTS (SELECT 1 "
            + "FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e') "
            + "ORDER BY t.oid";

    /** PostgreSQL 17 also lists a domain's NOT NULL as a constraint; typnotnull says it on every version. */
    private static final String DOMAIN_QUERY = "SELECT t.typname, format_type(t.typbasetype, t.typtypmod), "
            + "t.typdefault, t.typnotnull, "
            + "ARRAY(SELECT c.conname::text FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' "
            + "ORDER BY c.conname), "
            + "ARRAY(SELECT pg_get_constraintdef(c.oid, true) FROM pg_constraint c WHERE c.contypid = t.oid "
            + "AND c.contype = 'c' ORDER BY c.conname) "
            + "FROM pg_type t WHERE t.typnamespace = " + SCHEMA + " AND t.typtype = 'd' AND NOT EXISTS (SELECT 1 "
            + "FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e') "
            + "ORDER BY t.oid";

    /** Functions and procedures, their definition without the schema that qualifies their name. */
    private static final String FUNCTION_QUERY = "SELECT p.proname, pg_get_function_identity_arguments(p.oid), "
            + "regexp_replace(pg_get_functiondef(p.oid), '^(CREATE OR REPLACE (FUNCTION|PROCEDURE) )' "
            + "|| quote_ident(current_schema()) || '\\.', '\\1') "
            + "FROM pg_proc p WHERE p.pronamespace = " + SCHEMA + " AND p.prokind IN ('f', 'p') AND NOT EXISTS "
            + "(SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid "
            + "AND x.deptype = 'e') ORDER BY p.oid";

    /** What the model does not hold, named so that it is reported as not compared rather than silently left out. */
    private static final String NOT_MODELLED_QUERY =
            "SELECT 'composite type ' || t.typname FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid "
                    + "WHERE t.typnamespace = " + SCHEMA + " AND c.relkind = 'c'";

    private final Map<Long, TableParts> tables = new LinkedHashMap<>();

    /** A table while it is being read. */
    private static final class TableParts {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        final String options;

        TableParts(String name, String comment, String options) {
            this.name = name;
            this.comment = comment;
            this.options = options;
        }

        Table table() {
            return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, options);
        }
    }

    PostgresSchemaReader(Connection c, Set<String> ignoredTables) {
        super(c, ignoredTables, PostgresNames::lastPart);
    }

    @Override
    public Schema read() throws SQLException {
        query(TABLE_QUERY, rs -> {
            if (!ignored(rs.getString(2))) {
                String options = PostgresTableOptions.read(
                        rs.getBoolean(4),
                        strings(rs.getArray(5)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(6),
                        rs.getBoolean(7));
                tables.put(rs.getLong(1), new TableParts(rs.getString(2), rs.getString(3), options));
            }
        });
        query(COLUMN_QUERY, rs -> {
            TableParts t = tables.get(rs.getLong(1));
            if (t != null) {
                t.columns.add(column(rs));
            }
        });
        query(CONSTRAINT_QUERY, rs -> {
            TableParts t = tables.get(rs.getLong(1));
            if (t != null) {
                constraint(t, rs);
            }
        });
        query(INDEX_QUERY, rs -> {
            TableParts t = tables.get(rs.getLong(1));
            if (t != null) {
                t.indexes.add(
                        index(rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        });
        List<View> views = new ArrayList<>();
        query(
                VIEW_QUERY,
                rs -> views.add(
                        view(rs.getString(1), "m".equals(rs.getString(2)), rs.getString(3), strings(rs.getArray(4)))));
        List<Trigger> triggers = new ArrayList<>();
        query(TRIGGER_QUERY, rs -> {
            if (!ignored(rs.getString(2))) {
                triggers.add(new Trigger(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        });
        query(POLICY_QUERY, rs -> {
            if (!ignored(rs.getString(2))) {
                triggers.add(new Trigger(rs.getString(1), rs.getString(2), rs.getString(3), Trigger.Kind.POLICY));
            }
        });
        query(EXCLUSION_QUERY, rs -> {
            if (!ignored(rs.getString(2))) {
                triggers.add(new Trigger(
                        rs.getString(1), rs.getString(2), rs.getString(3), Trigger.Kind.EXCLUSION_CONSTRAINT));
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        query(SEQUENCE_QUERY, rs -> {
            if (!ignored(rs.getString(1))) {
                String owner = rs.getString(9);
                sequences.add(new Sequence(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getBoolean(8),
                        owner == null ? null : owner + "." + rs.getString(10)));
            }
        });
        List<SchemaObject> objects = new ArrayList<>();
        query(EXTENSION_QUERY, rs -> objects.add(new Extension(rs.getString(1))));
        query(ENUM_QUERY, rs -> objects.add(new EnumType(rs.getString(1), strings(rs.getArray(2)))));
        query(DOMAIN_QUERY, rs -> {
            List<String> names = strings(rs.getArray(5));
            List<String> definitions = strings(rs.getArray(6));
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new CheckConstraint(names.get(i), checkExpression(definitions.get(i))));
            }
            objects.add(new Domain(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), checks));
        });
        query(FUNCTION_QUERY, rs -> objects.add(new Routine(rs.getString(1), rs.getString(2), rs.getString(3))));
        List<String> notModelled = new ArrayList<>();
        query(NOT_MODELLED_QUERY, rs -> notModelled.add(rs.getString(1)));
        return new Schema(tables.values().stream().map(TableParts::table).toList(), views, triggers, notModelled)
                .withSequences(sequences)
                .withObjects(objects);
    }

    private static Column column(ResultSet rs) throws SQLException {
        String identity = rs.getString(6);
        String generated = rs.getString(7);
        boolean isGenerated = generated != null && !generated.isEmpty();
        boolean serial = rs.getBoolean(9);
        boolean autoIncrement = identity != null && !identity.isEmpty();
        String expression = rs.getString(5);
        // A serial is a type: its default and the sequence it owns come with it, as CREATE TABLE wrote them.
        String dflt = isGenerated || serial ? null : expression;
        String type = rs.getString(3);
        return new Column(
                rs.getString(2),
                serial ? PostgresTypes.serial(type) : type,
                !rs.getBoolean(4),
                dflt,
                autoIncrement,
                isGenerated ? Sql.unwrap(Sql.normalizeExpression(expression)) : null,
                "s".equals(generated),
                rs.getString(8));
    }

    private void constraint(TableParts t, ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        List<String> columns = strings(rs.getArray(7));
        String deferral =
                rs.getBoolean(12) ? (rs.getBoolean(13) ? ForeignKey.INITIALLY_DEFERRED : ForeignKey.DEFERRABLE) : null;
        switch (rs.getString(3)) {
            case "p" -> t.primaryKey = new PrimaryKey(name, columns, deferral);
            case "u" -> t.uniques.add(new UniqueConstraint(name, columns, deferral));
            case "c" -> t.checks.add(new CheckConstraint(name, checkExpression(rs.getString(6))));
            case "f" -> {
                String target = rs.getBoolean(10) ? rs.getString(8) : rs.getString(9) + "." + rs.getString(8);
                t.foreignKeys.add(new ForeignKey(
                        name,
                        columns,
                        target,
                        strings(rs.getArray(11)),
                        action(rs.getString(4)),
                        action(rs.getString(5)),
                        deferral));
            }
            default -> {}
        }
    }

    /** {@code CHECK (expr) [NO INHERIT] [NOT VALID]} gives expr. */
    static String checkExpression(String definition) {
        int open = definition.indexOf('(');
        int close = Sql.closingParen(definition, open);
        return Sql.unwrap(definition.substring(open + 1, close).strip());
    }

    private static String action(String code) {
        return switch (code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    /**
     * {@code CREATE INDEX name ON table USING method (keys) [options] [WHERE predicate]}, lexed once: a key that is
     * only a column is the column's name, anything else stays SQL as PostgreSQL prints it; the options are what
     * stands between the keys and the predicate (INCLUDE, NULLS NOT DISTINCT, WITH (...), TABLESPACE), or null.
     */
    static Index index(String name, boolean unique, String definition, String method, String where) {
        List<Token> ts = SqlTokens.lex(definition);
        for (int k = 0; k + 2 < ts.size(); k++) {
            if (ts.get(k).is("USING")
                    && ts.get(k + 1).is(method)
                    && ts.get(k + 2).isPunct('(')) {
                List<String> keys = new ArrayList<>();
                for (SqlTokens.Item item : SqlTokens.items(definition, ts, k + 2)) {
                    boolean column =
                            item.tokens().size() == 1 && item.tokens().get(0).isName();
                    keys.add(column ? item.tokens().get(0).value() : definition.substring(item.start(), item.end()));
                }
                String options = definition.substring(
                        Sql.closingParen(definition, ts.get(k + 2).start()) + 1);
                if (where != null) {
                    int w = options.lastIndexOf(" WHERE ");
                    options = w < 0 ? options : options.substring(0, w);
                }
                return new Index(
                        name, unique, keys, Sql.unwrap(where), method.equals("btree") ? null : method, options);
            }
        }
        throw new IllegalStateException("Unexpected index definition: " + definition);
    }

    /** The statement that creates the view again, with its options. */
    private static View view(String name, boolean materialized, String query, List<String> options) {
        String body = query.strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> with = new ArrayList<>();
        String checkOption = "";
        for (String option : options) {
            if (option.startsWith("check_option=")) {
                checkOption = " WITH "
                        + option.substring("check_option=".length()).toUpperCase(Locale.ROOT) + " CHECK OPTION";
            } else {
                with.add(option);
            }
        }
        return new View(
                name,
                "CREATE " + (materialized ? "MATERIALIZED VIEW " : "VIEW ") + PostgresNames.q(name)
                        + (with.isEmpty() ? "" : " WITH (" + String.join(", ", with) + ")") + " AS " + body
                        + checkOption);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}
