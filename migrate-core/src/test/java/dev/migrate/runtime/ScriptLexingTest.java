package dev.migrate.runtime;

import static dev.migrate.servers.TestServers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.Fixtures;
import dev.migrate.Migrate;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.script.ScriptFormatException;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scripts that use each database's own lexical rules run on the real server exactly as its own client would run
 * them. Before the per-dialect lexers, the nested comment below ended at its first star-slash and dropped the table
 * it had commented out, and a MariaDB script with a # comment or a backslash in a "..." string split in the wrong
 * place and failed part-way, its first statements committed.
 */
@Tag("server")
class ScriptLexingTest {
    @TempDir
    Path dir;

    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    private Migrate migrate(DatabaseConfig db) {
        return new Migrate(Fixtures.config(db, dir).build());
    }

    private void script(String id, String parent, String up) {
        Fixtures.ScriptFile file = Fixtures.script(dir.resolve("migrations"), id)
                .created("2026-11-24T15:00:0" + id.charAt(1) + "Z")
                .up(up)
                .down("SELECT 1;");
        (parent == null ? file : file.revises(parent)).write();
    }

    @Test
    void postgresNestedCommentsHideWhatTheyCommentOut() {
        String name = "lex_pg";
        DatabaseConfig db = TestServers.freshPostgres(name);
        cleanups.add(
                () -> TestServers.execute(TestServers.postgres(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        TestServers.execute(db, "CREATE TABLE important (id INT)", "INSERT INTO important VALUES (1)");
        script("r1", null, """
                /* retired:
                   /* the old cleanup */
                   DROP TABLE important;
                */
                CREATE TABLE log (msg TEXT);
                INSERT INTO log VALUES (E'it\\'s; fine'), ('C:\\dir\\'), (U&'d\\0061ta;'), ($q$a;b$q$);
                CREATE FUNCTION f() RETURNS INT AS $fn$ BEGIN RETURN 1; END $fn$ LANGUAGE plpgsql;
                """);

        migrate(db).upgrade("head");

        assertEquals(List.of("1"), rows(db, "SELECT count(*) FROM important"));
        assertEquals(List.of("C:\\dir\\", "a;b", "data;", "it's; fine"), rows(db, "SELECT msg FROM log ORDER BY 1"));
        assertEquals(List.of("1"), rows(db, "SELECT f()"));
    }

    @Test
    void mariadbHashCommentsBackslashesAndExecutableCommentsRunWhole() {
        String name = "lex_maria";
        DatabaseConfig db = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        script("r1", null, """
                CREATE TABLE log (msg TEXT, n INT); # the log; for notes
                INSERT INTO log VALUES ("it\\"s; fine", 1--1);
                INSERT INTO log VALUES ('a\\'b;c', 2); -- a comment; here
                /*!40101 INSERT INTO log VALUES ('executable;', 3) */;
                # DROP TABLE log;
                """);

        migrate(db).upgrade("head");

        assertEquals(
                List.of("a'b;c|2", "executable;|3", "it\"s; fine|2"),
                rows(db, "SELECT concat(msg, '|', n) FROM log ORDER BY 1"));
        assertEquals(Set.of("r1"), migrate(db).current());
    }

    /** Where DDL commits as it goes, a quote left open in a later script must stop the run before its first step. */
    @Test
    void aQuoteLeftOpenInALaterScriptStopsTheRunBeforeAnythingRuns() {
        String name = "lex_maria_open";
        DatabaseConfig db = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        script("r1", null, "CREATE TABLE a (id INT);");
        script("r2", "r1", "CREATE TABLE b (id INT);\nINSERT INTO b VALUES ('it\\'s);\nCREATE TABLE c (id INT);");

        ScriptFormatException e =
                assertThrows(ScriptFormatException.class, () -> migrate(db).upgrade("head"));

        assertEquals(
                dir.resolve("migrations").resolve("r2.sql") + ":8: the string literal ' that starts here is "
                        + "never closed",
                e.getMessage());
        assertEquals(
                List.of(),
                rows(db, "SELECT table_name FROM information_schema.tables " + "WHERE table_schema = DATABASE()"));
    }

    /** Offline SQL is for the database's own client: the mariadb client splits a procedure body unless told. */
    @Test
    void mariadbOfflineSqlRunsWholeInTheMariadbClient() throws Exception {
        String name = "lex_maria_cli";
        DatabaseConfig db = TestServers.freshMariadb(name);
        cleanups.add(() -> TestServers.execute(TestServers.mariadb(), "DROP DATABASE IF EXISTS " + name));
        script("r1", null, """
                CREATE TABLE log (msg TEXT); # notes
                CREATE PROCEDURE note(IN m TEXT)
                BEGIN
                  IF m <> '' THEN INSERT INTO log VALUES (m); END IF;
                  INSERT INTO log VALUES ("it\\"s; done");
                END;
                CALL note('first;');
                """);
        Path sql = dir.resolve("up.sql");
        java.nio.file.Files.writeString(sql, migrate(db).upgradeSql("head"));

        Process client = new ProcessBuilder("mariadb", "-h", "127.0.0.1", "-u", "root", name)
                .redirectInput(sql.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(client.getInputStream().readAllBytes());
        assertEquals(0, client.waitFor(), output);

        assertEquals(List.of("first;", "it\"s; done"), rows(db, "SELECT msg FROM log ORDER BY 1"));
        assertEquals(Set.of("r1"), migrate(db).current());
    }

    @Test
    void sqliteBracketedNamesKeepTheirSemicolons() {
        DatabaseConfig db = new DatabaseConfig("jdbc:sqlite:" + dir.resolve("app.db"), null, null);
        script("r1", null, "CREATE TABLE [a;b] ([c;d] TEXT, `e;f` TEXT);\nINSERT INTO [a;b] VALUES ('x;', 'y;');");

        migrate(db).upgrade("head");

        assertEquals(List.of("x;|y;"), rows(db, "SELECT [c;d] || '|' || `e;f` FROM [a;b]"));
    }
}
