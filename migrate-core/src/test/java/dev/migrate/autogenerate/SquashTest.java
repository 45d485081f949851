package dev.migrate.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.base.MigrateException;
import dev.migrate.corpus.DatabaseDump;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A squash of base..R: the squashed graph and the original replay to identical schemas, as each database's own dump
 * tells; a database at R or past it carries on, one before R is told what to do and left as it was.
 */
class SquashTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() throws IOException {
        scenario(
                name -> new DatabaseConfig("jdbc:sqlite:" + dir.resolve(name + ".db"), null, null), "DROP TABLE books");
    }

    @Test
    @Tag("server")
    void postgresql() throws IOException {
        scenario(name -> TestServers.freshPostgres("squash_" + name), "DROP TABLE books");
    }

    @Test
    @Tag("server")
    void mariadb() throws IOException {
        scenario(name -> TestServers.freshMariadb("squash_" + name), "DROP TABLE books");
    }

    private void scenario(Function<String, DatabaseConfig> database, String dropBooks) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "s1")
                .up("CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);")
                .down("DROP TABLE authors;")
                .write();
        Fixtures.script(migrations, "s2")
                .revises("s1")
                .up("CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(200),"
                        + " FOREIGN KEY (author_id) REFERENCES authors (id));\n"
                        + "CREATE INDEX books_title ON books (title);")
                .down(dropBooks + ";")
                .write();
        Fixtures.script(migrations, "s3")
                .revises("s2")
                .up("ALTER TABLE authors ADD COLUMN email VARCHAR(120);")
                .down("ALTER TABLE authors DROP COLUMN email;")
                .write();
        Fixtures.script(migrations, "s4")
                .revises("s3")
                .up("CREATE TABLE reviews (id INTEGER PRIMARY KEY, book_id INTEGER, stars INTEGER DEFAULT 3 NOT NULL);")
                .down("DROP TABLE reviews;")
                .write();
        DatabaseConfig original = database.apply("original");
        DatabaseConfig atTip = database.apply("at_tip");
        DatabaseConfig before = database.apply("before");
        DatabaseConfig past = database.apply("past");
        DatabaseConfig fresh = database.apply("fresh");
        migrate(original).upgrade("head");
        migrate(atTip).upgrade("s3");
        migrate(before).upgrade("s1");
        migrate(past).upgrade("head");
        String atHead = dump(original);
        String atS3 = dump(atTip);
        assertNotEquals(atHead, atS3);

        Squashed squashed = migrate(fresh).squash(new SquashRequest("s3", null, "b1", false));

        assertEquals("b1", squashed.baseline());
        assertEquals(List.of("s1", "s2", "s3"), squashed.replaced());
        try (Stream<Path> files = Files.list(migrations)) {
            assertEquals(
                    List.of(squashed.file().getFileName().toString(), "s4.sql"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the replaced scripts are gone, the baseline is there");
        }
        String baseline = Files.readString(squashed.file());
        assertTrue(baseline.contains("-- replaces: s1, s2, s3"), baseline);
        assertTrue(
                Files.readString(migrations.resolve("s4.sql")).contains("-- revises: b1"), "s4 revises the baseline");

        migrate(fresh).upgrade("head");
        assertEquals(atHead, dump(fresh), "the squashed graph builds what the original built");

        List<String> log = new java.util.ArrayList<>();
        Migrate tip = new Migrate(
                Fixtures.config(atTip, dir).log(Fixtures.recording(log)).build());
        assertEquals(java.util.Set.of("b1"), tip.status().current(), "a database at s3 is at the baseline");
        String picture = tip.graphPicture().mermaid();
        assertTrue(picture.contains("b1<br/>"), picture);
        assertTrue(
                picture.lines()
                        .anyMatch(l -> l.contains("\"b1<br/>")
                                && l.contains("<br/>replaces s1..s3 (3)<br/>")
                                && l.contains("(base, current)")),
                "the picture marks the baseline current for a database at s3: " + picture);
        String offline = tip.upgradeSql(null);
        assertTrue(
                offline.indexOf("UPDATE migrate_version SET version_num = 'b1' WHERE version_num = 's3'")
                        < offline.indexOf("UPDATE migrate_version SET version_num = 's4' WHERE version_num = 'b1'"),
                offline);
        assertTrue(offline.contains("UPDATE migrate_version SET version_num = 'b1'"), offline);
        tip.upgrade("head");
        assertEquals(List.of("s4"), TestServers.rows(atTip, "SELECT version_num FROM migrate_version"));
        assertEquals(atHead, dump(atTip), "a database at s3 upgrades past the squash");
        assertTrue(log.stream().anyMatch(l -> l.contains("recorded at b1")), log.toString());

        Migrate pastOne = migrate(past);
        assertTrue(pastOne.status().unknown().isEmpty());
        pastOne.downgrade("-1");
        assertEquals(List.of("b1"), TestServers.rows(past, "SELECT version_num FROM migrate_version"));
        assertEquals(atS3, dump(past), "a database past s3 downgrades to the baseline, which is s3's schema");

        MigrateException refused =
                assertThrows(MigrateException.class, () -> migrate(before).upgrade("head"));
        assertTrue(refused.getMessage().contains("at revision s1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("up to s3"), refused.getMessage());
        assertTrue(refused.hint().contains("upgrade(\"s3\")") || refused.hint().contains("s3"), refused.hint());
        String unmarked = migrate(before).graphPicture().mermaid();
        assertTrue(
                unmarked.lines()
                        .findFirst()
                        .orElseThrow()
                        .contains("nothing marked applied: The database is at revision s1"),
                "a database inside the squashed range still gets a picture, saying why nothing is marked: " + unmarked);
        assertFalse(unmarked.contains("current") || unmarked.contains("applied)"), unmarked);
        assertEquals(
                List.of("s1"),
                TestServers.rows(before, "SELECT version_num FROM migrate_version"),
                "a database before the squash is left as it was");
    }

    @Test
    void sqliteFromARevision() throws IOException {
        rangeScenario(name -> new DatabaseConfig("jdbc:sqlite:" + dir.resolve(name + ".db"), null, null));
    }

    @Test
    @Tag("server")
    void postgresqlFromARevision() throws IOException {
        rangeScenario(name -> TestServers.freshPostgres("squash_range_" + name));
    }

    @Test
    @Tag("server")
    void mariadbFromARevision() throws IOException {
        rangeScenario(name -> TestServers.freshMariadb("squash_range_" + name));
    }

    /** A squash of s1:s3 keeps s1: the baseline revises it and turns s1's schema into s3's. */
    private void rangeScenario(Function<String, DatabaseConfig> database) throws IOException {
        DatabaseConfig original = database.apply("original");
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "s1")
                .up("CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);")
                .down("DROP TABLE authors;")
                .write();
        Fixtures.script(migrations, "s2")
                .revises("s1")
                .up("CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL,"
                        + " FOREIGN KEY (author_id) REFERENCES authors (id));")
                .down("DROP TABLE books;")
                .write();
        Fixtures.script(migrations, "s3")
                .revises("s2")
                .up("CREATE INDEX authors_name ON authors (name);")
                .down("DROP INDEX authors_name" + (original.url().contains("mariadb") ? " ON authors;" : ";"))
                .write();
        DatabaseConfig atFrom = database.apply("at_from");
        DatabaseConfig fresh = database.apply("fresh");
        migrate(original).upgrade("head");
        migrate(atFrom).upgrade("s1");
        String atS1 = dump(atFrom);
        String atHead = dump(original);

        Squashed squashed = migrate(fresh).squash(new SquashRequest("s1:s3", null, "b1", false));
        assertEquals(List.of("s2", "s3"), squashed.replaced());
        String baseline = Files.readString(squashed.file());
        assertTrue(baseline.contains("-- revises: s1\n"), baseline);
        assertTrue(Files.exists(migrations.resolve("s1.sql")), "the revision the squash starts after stays");

        migrate(fresh).upgrade("head");
        assertEquals(atHead, dump(fresh), "the squashed graph builds what the original built");
        migrate(atFrom).upgrade("head");
        assertEquals(atHead, dump(atFrom), "a database at s1 upgrades through the baseline");
        migrate(atFrom).downgrade("-1");
        assertEquals(atS1, dump(atFrom), "the baseline's downgrade gives back s1's schema");
        assertEquals(List.of("s1"), TestServers.rows(atFrom, "SELECT version_num FROM migrate_version"));
        migrate(original).upgrade("head");
        assertEquals(
                List.of("b1"),
                TestServers.rows(original, "SELECT version_num FROM migrate_version"),
                "a database at s3 is recorded at the baseline");
    }

    @Test
    void dataStatementsAreRefusedOrKept() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "d1")
                .up("CREATE TABLE colours (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL);")
                .down("DROP TABLE colours;")
                .write();
        Fixtures.script(migrations, "d2")
                .revises("d1")
                .up("INSERT INTO colours (id, name) VALUES (1, 'red');\nALTER TABLE colours ADD COLUMN hex VARCHAR(7);")
                .down("ALTER TABLE colours DROP COLUMN hex;\nDELETE FROM colours;")
                .write();
        DatabaseConfig fresh = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("fresh.db"), null, null);

        MigrateException refused =
                assertThrows(MigrateException.class, () -> migrate(fresh).squash(SquashRequest.of("head")));
        assertTrue(refused.getMessage().contains("d2.sql:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("INSERT INTO colours"), refused.getMessage());
        assertTrue(Files.exists(migrations.resolve("d2.sql")), "nothing is written or deleted");
        try (Stream<Path> files = Files.list(migrations)) {
            assertEquals(2, files.count());
        }

        Squashed kept = migrate(fresh).squash(new SquashRequest("head", "baseline", "b2", true));
        assertEquals(1, kept.keptData());
        migrate(fresh).upgrade("head");
        assertEquals(List.of("1|red|null"), Fixtures.rows(dir.resolve("fresh.db"), "SELECT * FROM colours"));
    }

    @Test
    void aBranchFromInsideTheRangeIsRefused() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Fixtures.script(migrations, "t1")
                .up("CREATE TABLE t (id INTEGER);")
                .down("DROP TABLE t;")
                .write();
        Fixtures.script(migrations, "t2")
                .revises("t1")
                .up("CREATE TABLE u (id INTEGER);")
                .down("DROP TABLE u;")
                .write();
        Fixtures.script(migrations, "t3")
                .revises("t1")
                .header("-- branch-labels: side")
                .up("CREATE TABLE v (id INTEGER);")
                .down("DROP TABLE v;")
                .write();
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("x.db"), null, null);
        MigrateException refused =
                assertThrows(MigrateException.class, () -> migrate(db).squash(SquashRequest.of("t2")));
        assertTrue(refused.getMessage().contains("builds on t1"), refused.getMessage());
        try (Stream<Path> files = Files.list(migrations)) {
            assertEquals(3, files.count(), "nothing is written or deleted");
        }
        assertFalse(Files.exists(dir.resolve("x.db")), "no database is touched");
    }

    private Migrate migrate(DatabaseConfig db) {
        return new Migrate(Fixtures.config(db, dir).build());
    }

    /** The database's dump without row counts: the history tables' differ by design, the schemas must not. */
    private static String dump(DatabaseConfig db) {
        return DatabaseDump.of(db).replaceAll("(?m)^\\s*(rows: |row_count=)\\d+\\n?", "");
    }
}
