package dev.migrate.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.IntrospectionContract;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What PostgreSQL introspection reads from a real server, and that one schema written two ways compares equal. */
@Tag("server")
class PostgresIntrospectionTest extends IntrospectionContract {
    private static final String FUNCTION = """
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- a semicolon; inside the body
                RETURN NEW;
            END
            $$;
            """;

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        for (String name : databases) {
            TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Override
    protected Database fresh(String name) {
        databases.add("pgi_" + name);
        return new Database(TestServers.freshPostgres("pgi_" + name));
    }

    @Override
    protected String prelude() {
        return FUNCTION;
    }

    @Test
    void readsKeysConstraintsIndexesGeneratedColumnsViewsTriggersAndComments() throws IOException {
        Schema s = schemaOf("full", FUNCTION + """
                CREATE TABLE parent (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    code text CONSTRAINT uq_code UNIQUE);
                CREATE TABLE legacy (id serial PRIMARY KEY, big bigserial, n integer DEFAULT nextval('parent_id_seq'));
                CREATE TABLE child (
                    id integer NOT NULL,
                    parent_id integer CONSTRAINT fk_parent REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
                    other_id integer REFERENCES parent ON DELETE SET DEFAULT ON UPDATE RESTRICT,
                    qty integer DEFAULT 0 CHECK (qty >= 0),
                    price numeric(10,2) NOT NULL DEFAULT 1.5,
                    total numeric GENERATED ALWAYS AS (qty * price) STORED,
                    a varchar(20), b text DEFAULT 'x',
                    "Mixed Case" timestamp with time zone DEFAULT now(),
                    CONSTRAINT pk_child PRIMARY KEY (id),
                    CONSTRAINT ck_ab CHECK (a <> b),
                    UNIQUE (a, b)
                );
                CREATE INDEX ix_live ON child (a) WHERE b IS NOT NULL;
                CREATE UNIQUE INDEX ix_lower ON child (lower(b), a DESC);
                CREATE INDEX ix_sum ON child ((qty + 1), "Mixed Case");
                CREATE VIEW v AS SELECT id, qty FROM child WHERE qty > 0;
                CREATE TRIGGER tr BEFORE INSERT ON child FOR EACH ROW EXECUTE FUNCTION touch();
                COMMENT ON TABLE child IS 'lines of an order';
                COMMENT ON COLUMN child.qty IS 'how many';
                """);
        Table parent = s.table("parent").orElseThrow();
        Column parentId = parent.column("id").orElseThrow();
        assertTrue(parentId.autoIncrement());
        assertNull(parentId.defaultValue());
        assertEquals("INTEGER", parentId.type());
        assertEquals(new PrimaryKey("parent_pkey", List.of("id")), parent.primaryKey());
        assertEquals(List.of(new UniqueConstraint("uq_code", List.of("code"))), parent.uniques());

        Table legacy = s.table("legacy").orElseThrow();
        assertEquals(
                new Column("id", "serial", false, null, false, null, false),
                legacy.column("id").orElseThrow(),
                "a serial stays one: its default and sequence are part of it");
        assertEquals(
                new Column("big", "bigserial", false, null, false, null, false),
                legacy.column("big").orElseThrow());
        assertEquals(List.of(), List.copyOf(s.sequences()), "the serials' sequences are theirs, not the schema's");
        Column borrowed = legacy.column("n").orElseThrow();
        assertFalse(borrowed.autoIncrement(), "a nextval() of a sequence the column does not own is a default");
        assertEquals("nextval('parent_id_seq'::regclass)", borrowed.defaultValue());

        Table child = s.table("child").orElseThrow();
        assertEquals("lines of an order", child.comment());
        assertEquals(new PrimaryKey("pk_child", List.of("id")), child.primaryKey());
        assertEquals(
                List.of(
                        new ForeignKey(
                                "fk_parent", List.of("parent_id"), "parent", List.of("id"), "CASCADE", "SET NULL"),
                        new ForeignKey(
                                "child_other_id_fkey",
                                List.of("other_id"),
                                "parent",
                                List.of("id"),
                                "SET DEFAULT",
                                "RESTRICT")),
                child.foreignKeys());
        assertEquals(
                List.of(
                        new CheckConstraint("child_qty_check", "qty >= 0"),
                        new CheckConstraint("ck_ab", "a::text <> b")),
                child.checks());
        assertEquals(List.of(new UniqueConstraint("child_a_b_key", List.of("a", "b"))), child.uniques());
        Column qty = child.column("qty").orElseThrow();
        assertEquals("0", qty.defaultValue());
        assertTrue(qty.nullable());
        assertEquals("how many", qty.comment());
        Column price = child.column("price").orElseThrow();
        assertFalse(price.nullable());
        assertEquals("1.5", price.defaultValue());
        assertEquals("NUMERIC(10,2)", price.type());
        assertEquals("'x'::text", child.column("b").orElseThrow().defaultValue());
        assertEquals("CHARACTER VARYING(20)", child.column("a").orElseThrow().type());
        Column mixed = child.column("Mixed Case").orElseThrow();
        assertEquals("TIMESTAMP WITH TIME ZONE", mixed.type());
        assertEquals("now()", mixed.defaultValue());
        Column total = child.column("total").orElseThrow();
        assertEquals("qty::numeric * price", total.generated());
        assertTrue(total.stored());
        assertNull(total.defaultValue());
        assertEquals(
                List.of(
                        new Index("ix_live", false, List.of("a"), "b IS NOT NULL"),
                        new Index("ix_lower", true, List.of("lower(b)", "a DESC"), null),
                        new Index("ix_sum", false, List.of("(qty + 1)", "Mixed Case"), null)),
                child.indexes());

        assertEquals(
                "CREATE VIEW v AS SELECT child.id, child.qty FROM child WHERE child.qty > 0",
                s.view("v").orElseThrow().sql());
        assertEquals(
                new Trigger(
                        "tr",
                        "child",
                        "CREATE TRIGGER tr BEFORE INSERT ON child FOR EACH ROW EXECUTE FUNCTION touch()"),
                s.trigger("tr").orElseThrow());
    }

    /** Composite types are named as not compared, never silently left out; a unique key's deferral is read. */
    @Test
    void whatTheModelDoesNotHoldIsNamedAsNotCompared() throws IOException {
        Schema s = schemaOf("unmodelled", """
                CREATE TABLE doc (id integer PRIMARY KEY, code text CONSTRAINT uq_code UNIQUE DEFERRABLE);
                CREATE TYPE amount AS (value numeric, currency char(3));
                """);
        assertEquals(List.of("composite type amount"), s.notModelled());
        assertEquals(
                List.of(new UniqueConstraint("uq_code", List.of("code"), "DEFERRABLE")),
                s.table("doc").orElseThrow().uniques());
    }

    /**
     * A partitioned table holds its partitioning; a partition is its parent and bounds, with only what is its own:
     * the columns, keys, indexes and triggers it takes from its parent are the parent's.
     */
    @Test
    void partitionsHoldOnlyWhatIsTheirOwn() throws IOException {
        Schema s = schemaOf("partitions", """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TABLE m (id integer NOT NULL, at date NOT NULL, n integer CHECK (n > 0),
                    PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
                CREATE INDEX m_n ON m (n);
                CREATE TRIGGER m_touch BEFORE INSERT ON m FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE TABLE m_2026 PARTITION OF m (CONSTRAINT small CHECK (n < 100))
                    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY HASH (id);
                CREATE TABLE m_2026_0 PARTITION OF m_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
                CREATE TABLE m_other PARTITION OF m DEFAULT;
                CREATE INDEX m_other_id ON m_other (id);
                """);
        assertEquals(
                List.of("m", "m_2026", "m_other", "m_2026_0"),
                s.tables().stream().map(Table::name).toList());
        Table m = s.table("m").orElseThrow();
        assertEquals("PARTITION BY RANGE (at)", m.options());
        assertEquals(3, m.columns().size());
        Table y2026 = s.table("m_2026").orElseThrow();
        assertEquals(
                "PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY HASH (id)",
                y2026.options());
        assertEquals(List.of(), y2026.columns());
        assertNull(y2026.primaryKey());
        assertEquals(List.of(new CheckConstraint("small", "n < 100")), y2026.checks());
        assertEquals(List.of(), y2026.indexes());
        assertEquals(
                "PARTITION OF m_2026 FOR VALUES WITH (modulus 2, remainder 0)",
                s.table("m_2026_0").orElseThrow().options());
        Table other = s.table("m_other").orElseThrow();
        assertEquals("PARTITION OF m DEFAULT", other.options());
        assertEquals(
                List.of("m_other_id"), other.indexes().stream().map(Index::name).toList());
        assertEquals(
                List.of("m_touch"), s.triggers().stream().map(Trigger::name).toList());
        assertEquals(List.of(), s.notModelled());
    }

    /** PostgreSQL cannot partition a table in place: the revision is refused with what to write by hand instead. */
    @Test
    void partitioningAnExistingTableIsRefusedWithWhatToDo() throws IOException {
        Schema plain = schemaOf("plain", "CREATE TABLE p (id integer NOT NULL, at date NOT NULL);");
        Schema partitioned = schemaOf(
                "partitioned", "CREATE TABLE p (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);");
        List<Operation> up = SchemaDiff.compare(plain, partitioned, RenameHints.none());
        MigrateException e = org.junit.jupiter.api.Assertions.assertThrows(
                MigrateException.class,
                () -> up.forEach(op -> new PostgresDialect().renderer().render(op)));
        assertEquals(
                "PostgreSQL cannot change how table p is partitioned (not partitioned to PARTITION BY RANGE (at)) "
                        + "in place",
                e.getMessage());
        assertTrue(e.hint().contains("copy the rows over"), e.hint());
    }

    /**
     * UNLOGGED, storage parameters and row-level security are the table's options; policies and exclusion
     * constraints hang on it as statements; a foreign key knows when it is checked.
     */
    @Test
    void tableOptionsPoliciesExclusionsAndDeferralAreRead() throws IOException {
        Schema s = schemaOf("tableoptions", """
                CREATE EXTENSION btree_gist;
                CREATE UNLOGGED TABLE doc (id integer PRIMARY KEY, owner text, during tstzrange,
                    EXCLUDE USING gist (owner WITH =, during WITH &&)) WITH (fillfactor = 70, autovacuum_enabled = off);
                ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
                ALTER TABLE doc FORCE ROW LEVEL SECURITY;
                CREATE POLICY own ON doc FOR SELECT USING (owner = current_user);
                CREATE TABLE parent (id integer PRIMARY KEY);
                CREATE TABLE child (id integer PRIMARY KEY,
                    parent_id integer CONSTRAINT fk_parent REFERENCES parent DEFERRABLE INITIALLY DEFERRED,
                    other_id integer REFERENCES parent DEFERRABLE);
                """);
        assertEquals(
                "UNLOGGED WITH (autovacuum_enabled=off, fillfactor=70) ENABLE ROW LEVEL SECURITY"
                        + " FORCE ROW LEVEL SECURITY",
                s.table("doc").orElseThrow().options());
        assertEquals(
                List.of(ForeignKey.INITIALLY_DEFERRED, ForeignKey.DEFERRABLE),
                s.table("child").orElseThrow().foreignKeys().stream()
                        .map(ForeignKey::deferral)
                        .toList());
        assertEquals(
                List.of(
                        new Trigger(
                                "own",
                                "doc",
                                "CREATE POLICY own ON doc FOR SELECT USING ((owner = CURRENT_USER))",
                                Trigger.Kind.POLICY),
                        new Trigger(
                                "doc_owner_during_excl",
                                "doc",
                                "ALTER TABLE doc ADD CONSTRAINT doc_owner_during_excl EXCLUDE USING gist (owner WITH =, "
                                        + "during WITH &&)",
                                Trigger.Kind.EXCLUSION_CONSTRAINT)),
                List.copyOf(s.triggers()));
        assertEquals(List.of(), s.notModelled());
    }

    @Override
    protected List<String> oneSchemaTwoWays() {
        return List.of("""
                CREATE TABLE u (id BIGINT PRIMARY KEY);
                CREATE TABLE t (id serial PRIMARY KEY, name varchar ( 20 ) not null default 'x',
                  n INT DEFAULT (0), at timestamptz default current_timestamp,
                  CONSTRAINT fk FOREIGN KEY (n) REFERENCES u(id), CHECK (length(name) > 0));
                CREATE INDEX ix ON t(name) WHERE (n > 0);
                CREATE VIEW names AS SELECT name FROM t;
                """, """
                create table u (id int8 not null, primary key (id));
                create sequence t_id_seq as integer;
                create table t (
                    id integer not null default nextval('t_id_seq'),
                    name CHARACTER VARYING(20) NOT NULL DEFAULT 'x'::varchar,
                    n int4 default 0,
                    "at" timestamp with time zone default CURRENT_TIMESTAMP,
                    primary key (id),
                    check ((length(name) > 0)),
                    foreign key (n) references u on delete no action
                );
                alter sequence t_id_seq owned by t.id;
                create index ix on t using btree (name) where n > 0;
                create view names as select t.name from t;
                """);
    }

    @Override
    protected String cycleSchema() {
        return CYCLE_CLOSED_BY_ALTER;
    }

    @Override
    protected String richSchema() {
        return """
                CREATE TABLE "Order" (id bigserial PRIMARY KEY, "user" text NOT NULL, note text DEFAULT 'a;b',
                    flags integer[] DEFAULT '{}', due date DEFAULT (current_date + 7), ok boolean DEFAULT (1 < 2),
                    CONSTRAINT "Order check" CHECK (length("user") < 50));
                CREATE TABLE line (order_id bigint REFERENCES "Order" ON DELETE CASCADE, n integer NOT NULL,
                    half numeric GENERATED ALWAYS AS (n / 2.0) STORED, PRIMARY KEY (order_id, n));
                CREATE INDEX ix_user ON "Order" ("user" text_pattern_ops, id DESC NULLS LAST) WHERE note IS NULL;
                CREATE INDEX ix_expr ON "Order" ((id * 2), lower("user") COLLATE "C");
                CREATE VIEW big_orders WITH (security_barrier = true) AS SELECT id FROM "Order" WHERE id > 10
                    WITH LOCAL CHECK OPTION;
                CREATE MATERIALIZED VIEW counts AS SELECT order_id, count(*) AS lines FROM line GROUP BY order_id;
                CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF n ON line FOR EACH ROW WHEN (NEW.n > 0)
                    EXECUTE FUNCTION touch();
                COMMENT ON TABLE "Order" IS 'it''s an order';
                COMMENT ON COLUMN line.n IS 'line number';
                """;
    }

    /** The renderer's DDL reads like hand-written PostgreSQL: implied names and defaults left out. */
    @Override
    protected void checkRendered(String sql, Database copy) {
        assertTrue(
                sql.contains("CREATE TABLE \"Order\" (\n    id BIGSERIAL NOT NULL,\n"
                        + "    \"user\" TEXT NOT NULL,\n    note TEXT DEFAULT 'a;b'::text,\n"),
                sql);
        assertTrue(sql.contains("    due DATE DEFAULT (CURRENT_DATE + 7),\n"), sql);
        assertTrue(
                sql.contains("    PRIMARY KEY (id),\n    CONSTRAINT \"Order check\" CHECK (length(\"user\") < 50)\n)"),
                sql);
        assertTrue(
                sql.contains("CREATE INDEX ix_user ON \"Order\" (\"user\" text_pattern_ops, id DESC NULLS LAST) "
                        + "WHERE note IS NULL;"),
                sql);
        assertTrue(sql.contains("CREATE INDEX ix_expr ON \"Order\" ((id * 2), lower(\"user\") COLLATE \"C\");"), sql);
        assertTrue(sql.contains("COMMENT ON TABLE \"Order\" IS 'it''s an order';"), sql);
        assertTrue(sql.contains("FOREIGN KEY (order_id) REFERENCES \"Order\" (id) ON DELETE CASCADE\n)"), sql);
    }

    /**
     * A column whose type changes is used by a view that another view uses: both step aside, the one that uses the
     * other first, and come back in order. Before, only the first was dropped, and PostgreSQL refused (other
     * objects depend on it).
     */
    @Test
    void viewsOnViewsStepAsideInOrderWhileAColumnChangesType() throws IOException, SQLException {
        String views = "CREATE VIEW v1 AS SELECT id, n FROM t;\nCREATE VIEW v2 AS SELECT n FROM v1;\n";
        Schema before = schemaOf("vv_before", "CREATE TABLE t (id integer PRIMARY KEY, n integer);\n" + views);
        Schema after = schemaOf("vv_after", "CREATE TABLE t (id integer PRIMARY KEY, n bigint);\n" + views);
        Database db = fresh("vv");
        apply(db, SchemaDiff.compare(Schema.empty(), before, RenameHints.none()));
        execute(db, "INSERT INTO t VALUES (1, 42)");
        List<Operation> up = SchemaDiff.compare(before, after, RenameHints.none());
        apply(db, up);
        assertEquals(List.of(), differences(read(db, Set.of()), after));
        apply(db, SchemaDiff.inverse(up));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
        try (Connection c = db.open()) {
            assertEquals("42", dev.migrate.dialect.Rows.one(c, "SELECT n FROM v2"));
        }
    }

    @Test
    void ignoredTablesAndOtherSchemasAreNotRead() throws SQLException {
        Database db = fresh("ignored");
        execute(
                db,
                "CREATE SCHEMA audit",
                "CREATE TABLE audit.kept_apart (id integer PRIMARY KEY)",
                "CREATE TABLE audit.migrate_version (version_num varchar(32) PRIMARY KEY)",
                "CREATE TABLE migrate_version (version_num varchar(32) PRIMARY KEY)",
                "CREATE TABLE \"Migrate_History\" (id integer)",
                "CREATE TABLE app (id integer PRIMARY KEY, audit_id integer REFERENCES audit.kept_apart)");
        Schema s = read(db, Set.of("audit.MIGRATE_VERSION", "migrate_history"));
        assertEquals(List.of("app"), s.tables().stream().map(Table::name).toList());
        assertEquals(
                "audit.kept_apart",
                s.table("app").orElseThrow().foreignKeys().get(0).targetTable());
        assertEquals(
                List.of("migrate_version", "Migrate_History", "app"),
                read(db, Set.of()).tables().stream().map(Table::name).toList());
    }

    @Test
    void readsTheSchemaOfTheSearchPath() throws SQLException {
        Database db = fresh("search_path");
        execute(db, "CREATE SCHEMA app", "CREATE TABLE app.inside (id integer)", "CREATE TABLE outside (id integer)");
        DatabaseConfig inApp = new DatabaseConfig(
                db.config().url() + "?currentSchema=app", db.config().user(), null);
        Database app = new Database(inApp);
        assertEquals(
                List.of("inside"),
                read(app, Set.of()).tables().stream().map(Table::name).toList());
        try (Connection c = app.open()) {
            assertTrue(app.dialect().tableExists(c, "inside"));
            assertFalse(app.dialect().tableExists(c, "outside"));
            assertTrue(app.dialect().tableExists(c, "public.outside"));
            assertFalse(app.dialect().tableExists(c, "nope.outside"));
        }
    }
}
