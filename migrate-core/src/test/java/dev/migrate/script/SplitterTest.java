package dev.migrate.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SplitterTest {

    private static List<String> sql(String text) {
        return StatementSplitter.split(text).stream().map(Statement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsLineNumbers() {
        List<Statement> s = new StatementSplitter(false).split("\nCREATE TABLE a (x INT);\n\nDROP TABLE b;\n", 10);
        assertEquals(List.of(new Statement("CREATE TABLE a (x INT)", 11), new Statement("DROP TABLE b", 13)), s);
    }

    @Test
    void semicolonsInLiteralsIdentifiersAndCommentsDoNotSplit() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s;')", "SELECT \"x;y\", `z;w` FROM t",
                        "SELECT 1 -- trailing; comment\n+ 1", "SELECT /* a; b */ 2"),
                sql("INSERT INTO t VALUES ('a;b', 'it''s;');\nSELECT \"x;y\", `z;w` FROM t;\n"
                        + "SELECT 1 -- trailing; comment\n+ 1;\nSELECT /* a; b */ 2;\n-- only a comment; here\n"));
    }

    @Test
    void dollarQuotedBodiesAndEscapeStrings() {
        assertEquals(List.of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                        "DO $body$ BEGIN PERFORM 1; END $body$", "SELECT E'a\\';b'", "SELECT $1"),
                sql("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                        + "DO $body$ BEGIN PERFORM 1; END $body$;\nSELECT E'a\\';b';\nSELECT $1;"));
    }

    @Test
    void triggerBodiesStayWhole() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN 1 THEN 2 ELSE 3 END;\n"
                + "  INSERT INTO log VALUES (1);\nEND";
        assertEquals(List.of(trigger, "SELECT 1"), sql(trigger + ";\nSELECT 1;"));
    }

    @Test
    void procedureWithEndIfStaysWhole() {
        String proc = "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT 2; END";
        assertEquals(List.of(proc, "SELECT 3"), sql(proc + ";\nSELECT 3;"));
    }

    @Test
    void aColumnNamedFunctionIsNoBlock() {
        assertEquals(List.of("CREATE TABLE t (function INT)", "SELECT 1"), sql("CREATE TABLE t (function INT); SELECT 1;"));
    }

    @Test
    void backslashEscapesOnlyWhenAsked() {
        assertEquals(List.of("SELECT 'a\\'; b'"), new StatementSplitter(true).split("SELECT 'a\\'; b';", 1).stream()
                .map(Statement::sql).toList());
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), sql("SELECT 'C:\\';SELECT 2;"));
    }
}
