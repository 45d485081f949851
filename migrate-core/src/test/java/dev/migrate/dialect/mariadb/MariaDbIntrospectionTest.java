package dev.migrate.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.IntrospectionContract;
import dev.migrate.diff.Operation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Event;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaObject;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What MariaDB introspection reads from a real server, and that what it reads can be written back unchanged. */
@Tag("server")
class MariaDbIntrospectionTest extends IntrospectionContract {
    private static final String FULL = """
            CREATE TABLE parent (
                id BIGINT AUTO_INCREMENT PRIMARY KEY,
                code VARCHAR(20) NOT NULL,
                CONSTRAINT uq_code UNIQUE (code)
            ) COMMENT 'the parents';
            CREATE TABLE child (
                id INT NOT NULL,
                parent_id BIGINT,
                other_id BIGINT,
                third_id BIGINT,
                qty INT DEFAULT 0 CHECK (qty >= 0),
                price DECIMAL(10,2) NOT NULL DEFAULT 1.5 COMMENT 'unit price, in ''euros'' \\\\ cents',
                total DECIMAL(20,2) AS (qty * price) STORED,
                label VARCHAR(40) AS (concat('#', id)) VIRTUAL,
                a VARCHAR(40) DEFAULT 'x',
                b VARCHAR(40),
                `order` INT,
                doc JSON,
                status ENUM('draft', 'PUBLISHED') NOT NULL DEFAULT 'draft',
                code VARCHAR(20) COLLATE utf8mb4_bin,
                changed TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                secret INT INVISIBLE DEFAULT 3,
                CONSTRAINT pk_child PRIMARY KEY (id),
                CONSTRAINT ck_ab CHECK (a <> b),
                CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
                FOREIGN KEY (other_id) REFERENCES parent (id),
                CONSTRAINT fk_third FOREIGN KEY (third_id) REFERENCES parent (id) ON DELETE NO ACTION,
                UNIQUE (a, b)
            );
            CREATE INDEX ix_b ON child (b DESC, a);
            CREATE INDEX ix_prefix ON child (a(10));
            CREATE VIEW expensive AS SELECT id, price FROM child WHERE price > 100;
            CREATE VIEW very_expensive AS SELECT id FROM expensive WHERE price > 1000;
            CREATE TRIGGER child_lower BEFORE INSERT ON child FOR EACH ROW SET NEW.a = lower(NEW.a);
            CREATE TRIGGER child_upper BEFORE INSERT ON child FOR EACH ROW SET NEW.b = upper(NEW.b);
            CREATE TRIGGER child_audit AFTER UPDATE ON child FOR EACH ROW BEGIN
                IF NEW.qty < 0 THEN
                    SET @negative = 'it''s \\\\ negative; really';
                END IF;
            END;
            """;

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        for (String name : databases) {
            TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    protected Database fresh(String name) {
        databases.add("it_" + name);
        return new Database(TestServers.freshMariadb("it_" + name));
    }

    @Override
    protected String cycleSchema() {
        return CYCLE_CLOSED_BY_ALTER;
    }

    @Override
    protected String richSchema() {
        return FULL;
    }

    private static List<String> column(Database db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** System versioning is named as not compared, never silently left out; partitions and events are modelled. */
    @Test
    void whatTheModelDoesNotHoldIsNamedAsNotCompared() throws IOException {
        Schema s = schemaOf("unmodelled", """
                CREATE TABLE log (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
                    PARTITION BY RANGE (YEAR(at)) (PARTITION p1 VALUES LESS THAN (2026), PARTITION p2 VALUES LESS THAN MAXVALUE);
                CREATE TABLE price (id int PRIMARY KEY, amount decimal(10,2)) WITH SYSTEM VERSIONING;
                CREATE EVENT purge_old ON SCHEDULE EVERY 1 DAY DO DELETE FROM log WHERE at < NOW() - INTERVAL 30 DAY;
                """);
        assertEquals(List.of("system versioning of price"), s.notModelled());
        assertEquals(
                "PARTITION BY RANGE (year(`at`)) (PARTITION `p1` VALUES LESS THAN (2026), "
                        + "PARTITION `p2` VALUES LESS THAN MAXVALUE)",
                s.table("log").orElseThrow().options());
        Event purge = (Event) s.object(SchemaObject.Kind.EVENT, "purge_old").orElseThrow();
        assertEquals("EVERY 1 DAY", purge.schedule());
        assertEquals("DELETE FROM log WHERE at < NOW() - INTERVAL 30 DAY", purge.body());
    }

    @Test
    void readsKeysConstraintsIndexesGeneratedColumnsViewsTriggersAndComments() throws IOException {
        Schema s = schemaOf("full", FULL);
        Table parent = s.table("parent").orElseThrow();
        assertTrue(parent.column("id").orElseThrow().autoIncrement());
        assertEquals("the parents", parent.comment());
        assertEquals(List.of(new UniqueConstraint("uq_code", List.of("code"))), parent.uniques());

        Table child = s.table("child").orElseThrow();
        assertEquals(new PrimaryKey(null, List.of("id")), child.primaryKey());
        assertEquals(
                List.of(
                        new ForeignKey(
                                "child_ibfk_1", List.of("other_id"), "parent", List.of("id"), "RESTRICT", "RESTRICT"),
                        new ForeignKey(
                                "fk_parent", List.of("parent_id"), "parent", List.of("id"), "CASCADE", "SET NULL"),
                        new ForeignKey(
                                "fk_third", List.of("third_id"), "parent", List.of("id"), "NO ACTION", "RESTRICT")),
                child.foreignKeys());
        assertEquals(
                List.of(new CheckConstraint("ck_ab", "a <> b"), new CheckConstraint("qty", "qty >= 0")),
                child.checks(),
                "no json_valid check of the JSON column");
        assertEquals(List.of(new UniqueConstraint("a", List.of("a", "b"))), child.uniques());
        assertEquals(
                List.of(
                        new Index("ix_b", false, List.of("b DESC", "a"), null),
                        new Index("ix_prefix", false, List.of("a(10)"), null)),
                child.indexes(),
                "no index for the foreign keys, which MariaDB made by itself");

        Column price = child.column("price").orElseThrow();
        assertFalse(price.nullable());
        assertEquals("1.50", price.defaultValue());
        assertEquals("unit price, in 'euros' \\ cents", price.comment());
        Column total = child.column("total").orElseThrow();
        assertEquals("qty * price", total.generated());
        assertTrue(total.stored());
        Column label = child.column("label").orElseThrow();
        assertEquals("concat('#',id)", label.generated());
        assertFalse(label.stored());
        assertEquals("'x'", child.column("a").orElseThrow().defaultValue());
        assertNull(child.column("b").orElseThrow().defaultValue(), "DEFAULT NULL is no default");
        assertNull(child.column("id").orElseThrow().defaultValue());
        assertEquals("INT(11)", child.column("order").orElseThrow().type());
        assertEquals("JSON", child.column("doc").orElseThrow().type());
        assertEquals(
                "ENUM('draft','PUBLISHED')",
                child.column("status").orElseThrow().type(),
                "values keep their case");
        assertEquals(
                "VARCHAR(20) CHARACTER SET UTF8MB4 COLLATE UTF8MB4_BIN",
                child.column("code").orElseThrow().type());
        assertEquals(
                "TIMESTAMP ON UPDATE CURRENT_TIMESTAMP()",
                child.column("changed").orElseThrow().type());
        assertEquals(
                "current_timestamp()", child.column("changed").orElseThrow().defaultValue());
        assertEquals("INT(11) INVISIBLE", child.column("secret").orElseThrow().type());

        assertEquals(
                List.of("expensive", "very_expensive"),
                s.views().stream().map(v -> v.name()).toList());
        assertEquals(
                "CREATE VIEW expensive AS select child.id AS id,child.price AS price from child "
                        + "where child.price > 100",
                s.view("expensive").orElseThrow().sql());
        assertEquals(
                "CREATE TRIGGER child_lower BEFORE INSERT ON child FOR EACH ROW SET NEW.a = lower(NEW.a)",
                s.trigger("child_lower").orElseThrow().sql());
        assertEquals(
                "CREATE TRIGGER child_upper BEFORE INSERT ON child FOR EACH ROW FOLLOWS child_lower "
                        + "SET NEW.b = upper(NEW.b)",
                s.trigger("child_upper").orElseThrow().sql());
        assertTrue(s.trigger("child_audit")
                .orElseThrow()
                .sql()
                .startsWith("CREATE TRIGGER child_audit AFTER UPDATE ON child FOR EACH ROW BEGIN IF NEW.qty < 0 THEN"));
    }

    /** What MariaDB's catalog says of the copy the renderer wrote. */
    @Override
    protected void checkRendered(String sql, Database copy) throws SQLException {
        assertEquals(
                List.of("enum('draft','PUBLISHED')"),
                column(
                        copy,
                        "SELECT COLUMN_TYPE FROM "
                                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'child' "
                                + "AND COLUMN_NAME = 'status'"));
        assertEquals(
                List.of("unit price, in 'euros' \\ cents"),
                column(
                        copy,
                        "SELECT COLUMN_COMMENT FROM "
                                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'child' "
                                + "AND COLUMN_NAME = 'price'"));
        assertEquals(
                List.of("json_valid(`doc`)"),
                column(
                        copy,
                        "SELECT CHECK_CLAUSE FROM "
                                + "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'doc'"));
        assertEquals(
                List.of("child_lower", "child_upper"),
                column(
                        copy,
                        "SELECT TRIGGER_NAME FROM "
                                + "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_MANIPULATION = 'INSERT' "
                                + "ORDER BY ACTION_ORDER"));
    }

    @Override
    protected List<String> oneSchemaTwoWays() {
        return List.of("""
                CREATE TABLE u (id INT PRIMARY KEY);
                CREATE TABLE t (id INT PRIMARY KEY, name varchar ( 20 ) not null default 'x',
                  n INT DEFAULT (0), d DATETIME DEFAULT CURRENT_TIMESTAMP, flag BOOLEAN DEFAULT FALSE,
                  CONSTRAINT fk FOREIGN KEY (n) REFERENCES u(id), CHECK (n > 0));
                CREATE INDEX ix ON t(name);
                CREATE UNIQUE INDEX uq_name ON t (name, n);
                CREATE VIEW v AS SELECT id, name FROM t;
                """, """
                create table u (id integer not null, primary key (id));
                create table t (
                    `id` int not null,
                    name VARCHAR(20) NOT NULL DEFAULT 'x',
                    n int default 0,
                    d datetime default now(),
                    flag tinyint(1) default 0,
                    primary key (id),
                    constraint fk foreign key (n) references u (id) on delete restrict,
                    constraint uq_name unique (name, n),
                    check ( n>0 ),
                    index ix (name)
                );
                create view v as select `t`.`id`, t.name from t;
                """);
    }

    @Test
    void droppingAForeignKeyDropsTheIndexMariaDbMadeForIt() throws IOException, SQLException {
        Schema before = schemaOf("fk_before", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, q_id INT, r_id INT,
                    CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id),
                    FOREIGN KEY (q_id) REFERENCES p (id),
                    FOREIGN KEY (r_id) REFERENCES p (id));
                CREATE INDEX ix_r ON c (r_id, id);
                """);
        Schema after = schemaOf("fk_after", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, q_id INT, r_id INT);
                CREATE INDEX ix_r ON c (r_id, id);
                """);
        Database db = fresh("fk");
        TestServers.execute(
                db.config(),
                "CREATE TABLE p (id INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, q_id INT, r_id INT, "
                        + "CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id), FOREIGN KEY (q_id) REFERENCES p (id), "
                        + "FOREIGN KEY (r_id) REFERENCES p (id))",
                "CREATE INDEX ix_r ON c (r_id, id)");
        assertEquals(
                List.of("PRIMARY", "fk_p", "ix_r", "q_id"),
                indexes(db),
                "MariaDB made indexes for the keys (and dropped r_id's when ix_r came to serve it)");
        assertEquals(
                List.of("ix_r"),
                read(db, Set.of()).table("c").orElseThrow().indexes().stream()
                        .map(Index::name)
                        .toList(),
                "but the model does not show them");
        assertEquals(List.of(), differences(read(db, Set.of()), before));

        apply(db, SchemaDiff.compare(read(db, Set.of()), after, RenameHints.none()));
        assertEquals(List.of("PRIMARY", "ix_r"), indexes(db), "the user's index stays, MariaDB's go");
        assertEquals(List.of(), differences(read(db, Set.of()), after));

        apply(db, SchemaDiff.compare(read(db, Set.of()), before, RenameHints.none()));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
    }

    @Test
    void changingAForeignKeyOrARenamedColumnLeavesNoIndexBehind() throws IOException, SQLException {
        Schema before = schemaOf("fk2_before", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, FOREIGN KEY (p_id) REFERENCES p (id));
                """);
        Database db = fresh("fk2");
        TestServers.execute(
                db.config(),
                "CREATE TABLE p (id INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, FOREIGN KEY (p_id) REFERENCES p (id))");
        assertEquals(List.of(), differences(read(db, Set.of()), before));
        TestServers.execute(db.config(), "ALTER TABLE c RENAME COLUMN p_id TO parent_id");
        assertEquals(List.of("PRIMARY", "p_id"), indexes(db), "the index keeps the column's old name");
        Schema renamed = read(db, Set.of());
        assertEquals(List.of(), renamed.table("c").orElseThrow().indexes());

        Schema cascade = schemaOf("fk2_cascade", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, parent_id INT,
                    FOREIGN KEY (parent_id) REFERENCES p (id) ON DELETE CASCADE);
                """);
        apply(db, SchemaDiff.compare(renamed, cascade, RenameHints.none()));
        assertEquals(List.of(), differences(read(db, Set.of()), cascade));
        assertEquals(2, indexes(db).size(), "one index for the key, not two: " + indexes(db));
    }

    @Test
    void droppingTheIndexAForeignKeyUsesLeavesTheKeyAnIndex() throws IOException, SQLException {
        Schema after = schemaOf("fk3_after", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_id INT, CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                """);
        Database db = fresh("fk3");
        TestServers.execute(
                db.config(),
                "CREATE TABLE p (id INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, INDEX ix_p (p_id, id), UNIQUE uq_p (p_id), "
                        + "CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id))");
        Schema before = read(db, Set.of());
        assertEquals(List.of("PRIMARY", "ix_p", "uq_p"), indexes(db), "MariaDB made no index of its own");

        apply(db, SchemaDiff.compare(before, after, RenameHints.none()));
        assertEquals(List.of("PRIMARY", "fk_p"), indexes(db));
        assertEquals(List.of(), differences(read(db, Set.of()), after));
        apply(db, SchemaDiff.compare(read(db, Set.of()), before, RenameHints.none()));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
    }

    @Test
    void aCheckWrittenWithItsColumnSurvivesModifyColumn() throws IOException, SQLException {
        Schema before = schemaOf("check_before", "CREATE TABLE t (id INT PRIMARY KEY, qty INT CHECK (qty >= 0));");
        Schema after = schemaOf("check_after", """
                CREATE TABLE t (id INT PRIMARY KEY, qty BIGINT NOT NULL DEFAULT 1 COMMENT 'how many'
                    CHECK (qty >= 0));
                """);
        Database db = fresh("check");
        TestServers.execute(db.config(), "CREATE TABLE t (id INT PRIMARY KEY, qty INT CHECK (qty >= 0))");
        apply(db, SchemaDiff.compare(read(db, Set.of()), after, RenameHints.none()));
        assertEquals(
                List.of("`qty` >= 0"),
                column(
                        db,
                        "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                + "WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals(List.of(), differences(read(db, Set.of()), after));
        apply(db, SchemaDiff.compare(read(db, Set.of()), before, RenameHints.none()));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
    }

    @Test
    void ignoredTablesAreLeftOutByTheirLastNameInAnyCase() throws SQLException {
        Database db = fresh("ignored");
        TestServers.execute(
                db.config(),
                "CREATE TABLE migrate_version (version_num VARCHAR(32) PRIMARY KEY)",
                "CREATE TABLE migrate_version_history (id BIGINT PRIMARY KEY)",
                "CREATE TABLE todos (id INT PRIMARY KEY)",
                "CREATE TRIGGER tr BEFORE INSERT ON migrate_version FOR EACH ROW SET NEW.version_num = NEW.version_num");
        Schema s = read(db, Set.of("MIGRATE_VERSION", "elsewhere.migrate_version_history"));
        assertEquals(List.of("todos"), s.tables().stream().map(Table::name).toList());
        assertEquals(List.of(), s.triggers().stream().toList());
    }

    @Test
    void aSessionWithAnsiQuotesReadsTheSameAndKeepsItsMode() throws IOException, SQLException {
        Schema plain = schemaOf(
                "ansi",
                "CREATE TABLE t (id INT PRIMARY KEY, a INT CHECK (a > 0), "
                        + "g INT AS (a + 1) VIRTUAL);\nCREATE VIEW v AS SELECT a FROM t;");
        DatabaseConfig config = new DatabaseConfig(
                TestServers.MARIADB_URL.replaceFirst("/test(\\?|$)", "/it_ansi$1"), TestServers.MARIADB_USER, "");
        Database db = new Database(config);
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')");
            Schema ansi = db.dialect().readSchema(c, Set.of());
            assertEquals(List.of(), differences(ansi, plain));
            assertEquals("a > 0", ansi.table("t").orElseThrow().checks().get(0).expression());
            try (ResultSet rs = s.executeQuery("SELECT @@sql_mode")) {
                rs.next();
                assertTrue(rs.getString(1).contains("ANSI_QUOTES"), rs.getString(1));
            }
        }
    }

    /**
     * MariaDB cannot MODIFY a column into or out of VIRTUAL (error 1907), so such a change drops the column and adds
     * it again where it was, and says so; a change to or from STORED is modified in place.
     */
    @Test
    void aColumnBecomingOrCeasingToBeVirtualIsDroppedAndAddedAgain() throws IOException, SQLException {
        Schema before = schemaOf("gen_before", """
                CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT AS (a * 2) VIRTUAL, d INT, e INT);
                """);
        Schema after = schemaOf("gen_after", """
                CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT AS (a + 1) VIRTUAL, c INT, d INT AS (a * 3) STORED,
                    e INT);
                """);
        Database db = fresh("gen");
        apply(db, SchemaDiff.compare(Schema.empty(), before, RenameHints.none()));
        execute(db, "INSERT INTO t (id, a, b, d, e) VALUES (1, 10, 7, 8, 9)");
        List<Operation> up = SchemaDiff.compare(before, after, RenameHints.none());
        assertEquals(3, up.get(0).warnings().size(), up.get(0).warnings().toString());
        assertTrue(
                up.get(0).warnings().get(0).startsWith("t: changes how b is generated"),
                up.get(0).warnings().toString());
        apply(db, up);
        assertEquals(List.of(), differences(read(db, Set.of()), after));
        assertEquals(
                List.of("10|11|null|30|9"),
                column(db, "SELECT CONCAT_WS('|', a, b, COALESCE(c, 'null'), d, e) FROM t"));
        apply(db, SchemaDiff.inverse(up));
        assertEquals(List.of(), differences(read(db, Set.of()), before));
        assertEquals(
                List.of("id", "a", "b", "c", "d", "e"),
                column(
                        db,
                        "SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' ORDER BY ORDINAL_POSITION"));
    }

    private static List<String> indexes(Database db) throws SQLException {
        return column(
                db,
                "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_NAME = 'c' ORDER BY INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME");
    }
}
