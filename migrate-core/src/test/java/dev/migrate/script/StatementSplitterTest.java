package dev.migrate.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementSplitterTest {

    /** The statements' SQL, split the SQLite way (no backslash escapes). */
    private static List<String> sql(String text) {
        return StatementSplitter.split(text).stream().map(Statement::sql).toList();
    }

    private static List<String> mysql(String text) {
        return new StatementSplitter(true).split(text, 1).stream().map(Statement::sql).toList();
    }

    @Test
    void plainStatementsCarryTheLineTheyStartOn() {
        List<Statement> statements = new StatementSplitter(false).split(
                "CREATE TABLE a (x INT);\n\n  INSERT INTO a VALUES (1);  SELECT 2;\n\nDROP TABLE a", 7);
        assertEquals(List.of(new Statement("CREATE TABLE a (x INT)", 7), new Statement("INSERT INTO a VALUES (1)", 9),
                new Statement("SELECT 2", 9), new Statement("DROP TABLE a", 11)), statements);
    }

    @Test
    void aStatementOverSeveralLinesStartsAfterItsLeadingComment() {
        List<Statement> statements = new StatementSplitter(false).split(
                "\n-- create the table\nCREATE TABLE a (\n  x INT\n);\nSELECT 1;", 1);
        assertEquals(List.of(new Statement("CREATE TABLE a (\n  x INT\n)", 3, "-- create the table"),
                new Statement("SELECT 1", 6)), statements);
    }

    @Test
    void aCommentTrailingAStatementOnItsLineIsNotTheNextOnesComment() {
        List<Statement> statements = new StatementSplitter(false).split(
                "SELECT 1; -- first\n  /* about\n   two */\n-- and more\nSELECT 2;", 1);
        assertEquals(List.of(new Statement("SELECT 1", 1), new Statement("SELECT 2", 5, "/* about\ntwo */\n-- and more")),
                statements);
    }

    @Test
    void linesInsideLiteralsCommentsAndDollarBodiesAreCounted() {
        List<Statement> statements = new StatementSplitter(false).split(
                "INSERT INTO t VALUES ('a\nb');\n/* one\ntwo */ SELECT 1;\nDO $$\nBEGIN\nEND $$;\nSELECT 2;", 10);
        assertEquals(List.of(10, 13, 14, 17), statements.stream().map(Statement::line).toList());
    }

    @Test
    void semicolonsInStringLiteralsDoNotSplit() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", "SELECT 2"),
                sql("INSERT INTO t VALUES ('a;b', 'it''s; fine', '');\nSELECT 2;"));
    }

    @Test
    void semicolonsInQuotedIdentifiersDoNotSplit() {
        assertEquals(List.of("SELECT \"a;b\", \"say \"\"hi;\"\"\" FROM `c;d`", "SELECT 2"),
                sql("SELECT \"a;b\", \"say \"\"hi;\"\"\" FROM `c;d`;\nSELECT 2;"));
    }

    @Test
    void semicolonsInCommentsDoNotSplit() {
        assertEquals(List.of("SELECT 1 -- not here; nor here\n  + 1", "SELECT /* a; b */ 2"),
                sql("SELECT 1 -- not here; nor here\n  + 1;\nSELECT /* a; b */ 2;"));
    }

    @Test
    void commentsAndSemicolonsAloneMakeNoStatement() {
        assertEquals(List.of("SELECT 1"), sql("SELECT 1;\n-- the end; really\n/* and; this\n */\n"));
        assertEquals(List.of(), sql("-- only a comment; here\n"));
        assertEquals(List.of(), sql(""));
        assertEquals(List.of(), sql(" ;;\n; "));
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sql("SELECT 1;\nSELECT 2\n"));
    }

    @Test
    void postgresDollarQuotedBodiesStayWhole() {
        String plain = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql";
        String tagged = "CREATE FUNCTION g() RETURNS trigger AS $fn$\nBEGIN\n  RAISE NOTICE 'x;';\n"
                + "  EXECUTE $$SELECT 1;$$;\n  RETURN NEW;\nEND;\n$fn$ LANGUAGE plpgsql";
        assertEquals(List.of(plain, tagged, "SELECT $1, $2"), sql(plain + ";\n" + tagged + ";\nSELECT $1, $2;"));
    }

    @Test
    void postgresEscapeStringsTakeBackslashEscapes() {
        assertEquals(List.of("SELECT E'\\''", "SELECT e'a\\\\'", "SELECT E'semi\\';colon'", "SELECT 'plain'"),
                sql("SELECT E'\\'';\nSELECT e'a\\\\';\nSELECT E'semi\\';colon';\nSELECT 'plain';"));
    }

    @Test
    void aBackslashEndsNoPlainStringByDefault() {
        assertEquals(List.of("SELECT 'C:\\dir\\'", "SELECT 2"), sql("SELECT 'C:\\dir\\';SELECT 2;"));
    }

    @Test
    void backslashEscapesOnlyWhenAskedFor() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; fine')", "SELECT 'a\\\\'", "SELECT 2"),
                mysql("INSERT INTO t VALUES ('it\\'s; fine');\nSELECT 'a\\\\';\nSELECT 2;"));
        assertEquals(List.of("SELECT 'C:\\dir\\'", "SELECT 2"),
                new StatementSplitter(false).split("SELECT 'C:\\dir\\';SELECT 2;", 1).stream()
                        .map(Statement::sql).toList());
    }

    @Test
    void sqliteTriggerBodyStaysWhole() {
        String trigger = "CREATE TRIGGER todos_title AFTER INSERT ON todos\nBEGIN\n"
                + "  UPDATE todos SET title = CASE WHEN NEW.title = '' THEN 'untitled' ELSE NEW.title END"
                + " WHERE id = NEW.id;\n  INSERT INTO log (msg) VALUES ('inserted; ok');\nEND";
        List<Statement> statements = StatementSplitter.split(trigger + ";\nSELECT 1;");
        assertEquals(List.of(new Statement(trigger, 1), new Statement("SELECT 1", 6)), statements);
    }

    @Test
    void sqliteTriggerWithCaseInItsWhenClauseStaysWhole() {
        String trigger = "CREATE TEMP TRIGGER IF NOT EXISTS guard BEFORE UPDATE ON a "
                + "WHEN CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END BEGIN SELECT RAISE(ABORT, 'no;'); DELETE FROM b; END";
        assertEquals(List.of(trigger, "SELECT 2"), sql(trigger + ";\nSELECT 2;"));
    }

    @Test
    void mysqlProcedureWithEndIfAndEndWhileStaysWhole() {
        String proc = "CREATE PROCEDURE p(IN n INT)\nBEGIN\n  IF n > 0 THEN\n    INSERT INTO t VALUES (n);\n  ELSE\n"
                + "    INSERT INTO t VALUES (0);\n  END IF;\n  WHILE n > 0 DO\n    SET n = n - 1;\n  END WHILE;\n"
                + "  SELECT n;\nEND";
        assertEquals(List.of(proc, "SELECT 3"), sql(proc + ";\nSELECT 3;"));
    }

    @Test
    void wordsLikeFunctionOrTriggerInPlainStatementsOpenNoBlock() {
        assertEquals(List.of("CREATE TABLE t (function INT)", "SELECT 1"), sql("CREATE TABLE t (function INT); SELECT 1;"));
        assertEquals(List.of("CREATE INDEX trigger ON t (procedure)", "INSERT INTO t VALUES ('begin')", "SELECT 2"),
                sql("CREATE INDEX trigger ON t (procedure); INSERT INTO t VALUES ('begin'); SELECT 2;"));
    }

    @Test
    void postgresTriggerWithoutBodyEndsAtItsSemicolon() {
        assertEquals(List.of("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()", "SELECT 1"),
                sql("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;"));
    }

    /**
     * BUG: "END, CASE" is taken for the "END CASE" of a procedure because the word before CASE is remembered across
     * the comma, so the second CASE is not counted, its END closes the trigger's BEGIN, and the trigger is cut at the
     * first semicolon of its body.
     */
    @Test
    void sqliteTriggerWithTwoCaseExpressionsInARowStaysWhole() {
        String trigger = "CREATE TRIGGER audit AFTER INSERT ON t BEGIN\n"
                + "  INSERT INTO log VALUES (CASE WHEN NEW.x THEN 1 END, CASE WHEN NEW.y THEN 2 END);\n"
                + "  INSERT INTO log VALUES (3, 4);\nEND";
        assertEquals(List.of(trigger, "SELECT 1"), sql(trigger + ";\nSELECT 1;"));
    }

    /**
     * BUG: "END; IF" is taken for "END IF" because the word before IF is remembered across the semicolon, so the
     * procedure's block depth never returns to zero and every following statement is swallowed into it.
     */
    @Test
    void mysqlProcedureWithCaseExpressionBeforeAnIfStaysWhole() {
        String proc = "CREATE PROCEDURE p() BEGIN\n  SET @a = CASE WHEN 1 THEN 2 END;\n  IF @a THEN SELECT 1; END IF;\nEND";
        assertEquals(List.of(proc, "SELECT 3"), sql(proc + ";\nSELECT 3;"));
    }

    /**
     * BUG (found by StatementSplitterFuzzTest): a comment between a statement and its semicolon, or after a last
     * statement without one, stayed in the statement, so joining statements with ";" again (offline SQL) put the
     * semicolon inside a line comment and ran two statements together.
     */
    @Test
    void aCommentAfterTheLastCodeOfAStatementIsLeftOut() {
        assertEquals(List.of("SELECT 1", "SELECT /* kept */ 2", "SELECT 3"),
                sql("SELECT 1 -- one\n;\nSELECT /* kept */ 2 /* dropped */;\nSELECT 3\n-- the end, no semicolon\n"));
        List<String> statements = sql("SELECT 1 -- one\n;SELECT 2");
        assertEquals(statements, sql(String.join(";\n", statements)));
    }

    /** A backslash ending an unterminated E'' string at the very end of the text stays in the statement. */
    @Test
    void aBackslashAtTheVeryEndOfAnEscapeStringIsKept() {
        assertEquals(List.of("SELECT 1", "SELECT E'x\\"), sql("SELECT 1; SELECT E'x\\"));
    }
}
