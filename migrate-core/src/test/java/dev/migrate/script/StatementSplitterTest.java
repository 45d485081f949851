package dev.migrate.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.dialect.mariadb.MariaDbLexer;
import dev.migrate.dialect.postgres.PostgresLexer;
import dev.migrate.dialect.sqlite.SqliteLexer;
import org.junit.jupiter.api.Test;

import java.util.List;

class StatementSplitterTest {
    static final StatementSplitter SQLITE = new StatementSplitter(new SqliteLexer());
    static final StatementSplitter POSTGRES = new StatementSplitter(new PostgresLexer());
    static final StatementSplitter MARIADB = new StatementSplitter(new MariaDbLexer());

    /** The statements' SQL, split by standard SQL's rules. */
    private static List<String> sql(String text) {
        return StatementSplitter.split(text).stream().map(Statement::sql).toList();
    }

    private static List<String> sqlite(String text) {
        return SQLITE.split(text, 1).stream().map(Statement::sql).toList();
    }

    private static List<String> postgres(String text) {
        return POSTGRES.split(text, 1).stream().map(Statement::sql).toList();
    }

    private static List<String> mysql(String text) {
        return MARIADB.split(text, 1).stream().map(Statement::sql).toList();
    }

    private static StatementSyntaxException refused(StatementSplitter splitter, String text) {
        return assertThrows(StatementSyntaxException.class, () -> splitter.split(text, 1));
    }

    @Test
    void plainStatementsCarryTheLineTheyStartOn() {
        List<Statement> statements =
                SQLITE.split("CREATE TABLE a (x INT);\n\n  INSERT INTO a VALUES (1);  SELECT 2;\n\nDROP TABLE a", 7);
        assertEquals(
                List.of(
                        new Statement("CREATE TABLE a (x INT)", 7),
                        new Statement("INSERT INTO a VALUES (1)", 9),
                        new Statement("SELECT 2", 9),
                        new Statement("DROP TABLE a", 11)),
                statements);
    }

    @Test
    void aStatementOverSeveralLinesStartsAfterItsLeadingComment() {
        List<Statement> statements = SQLITE.split("\n-- create the table\nCREATE TABLE a (\n  x INT\n);\nSELECT 1;", 1);
        assertEquals(
                List.of(
                        new Statement("CREATE TABLE a (\n  x INT\n)", 3, "-- create the table"),
                        new Statement("SELECT 1", 6)),
                statements);
    }

    @Test
    void aCommentTrailingAStatementOnItsLineIsNotTheNextOnesComment() {
        List<Statement> statements =
                SQLITE.split("SELECT 1; -- first\n  /* about\n   two */\n-- and more\nSELECT 2;", 1);
        assertEquals(
                List.of(new Statement("SELECT 1", 1), new Statement("SELECT 2", 5, "/* about\ntwo */\n-- and more")),
                statements);
    }

    @Test
    void linesInsideLiteralsCommentsAndDollarBodiesAreCounted() {
        List<Statement> statements = POSTGRES.split(
                "INSERT INTO t VALUES ('a\nb');\n/* one\ntwo */ SELECT 1;\nDO $$\nBEGIN\nEND $$;\nSELECT 2;", 10);
        assertEquals(
                List.of(10, 13, 14, 17),
                statements.stream().map(Statement::line).toList());
    }

    @Test
    void semicolonsInStringLiteralsDoNotSplit() {
        assertEquals(
                List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", "SELECT 2"),
                sql("INSERT INTO t VALUES ('a;b', 'it''s; fine', '');\nSELECT 2;"));
    }

    @Test
    void semicolonsInQuotedIdentifiersDoNotSplit() {
        assertEquals(
                List.of("SELECT \"a;b\", \"say \"\"hi;\"\"\" FROM `c;d`", "SELECT 2"),
                sqlite("SELECT \"a;b\", \"say \"\"hi;\"\"\" FROM `c;d`;\nSELECT 2;"));
    }

    @Test
    void semicolonsInCommentsDoNotSplit() {
        assertEquals(
                List.of("SELECT 1 -- not here; nor here\n  + 1", "SELECT /* a; b */ 2"),
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
        assertEquals(List.of(plain, tagged, "SELECT $1, $2"), postgres(plain + ";\n" + tagged + ";\nSELECT $1, $2;"));
    }

    @Test
    void postgresEscapeStringsTakeBackslashEscapes() {
        assertEquals(
                List.of("SELECT E'\\''", "SELECT e'a\\\\'", "SELECT E'semi\\';colon'", "SELECT 'plain'"),
                postgres("SELECT E'\\'';\nSELECT e'a\\\\';\nSELECT E'semi\\';colon';\nSELECT 'plain';"));
    }

    @Test
    void aBackslashEndsNoPlainStringByDefault() {
        assertEquals(List.of("SELECT 'C:\\dir\\'", "SELECT 2"), postgres("SELECT 'C:\\dir\\';SELECT 2;"));
        assertEquals(List.of("SELECT 'C:\\dir\\'", "SELECT 2"), sqlite("SELECT 'C:\\dir\\';SELECT 2;"));
    }

    @Test
    void backslashEscapesOnlyWhenAskedFor() {
        assertEquals(
                List.of("INSERT INTO t VALUES ('it\\'s; fine')", "SELECT 'a\\\\'", "SELECT 2"),
                mysql("INSERT INTO t VALUES ('it\\'s; fine');\nSELECT 'a\\\\';\nSELECT 2;"));
        assertEquals(List.of("SELECT 'C:\\dir\\'", "SELECT 2"), postgres("SELECT 'C:\\dir\\';SELECT 2;"));
    }

    @Test
    void sqliteTriggerBodyStaysWhole() {
        String trigger = "CREATE TRIGGER todos_title AFTER INSERT ON todos\nBEGIN\n"
                + "  UPDATE todos SET title = CASE WHEN NEW.title = '' THEN 'untitled' ELSE NEW.title END"
                + " WHERE id = NEW.id;\n  INSERT INTO log (msg) VALUES ('inserted; ok');\nEND";
        List<Statement> statements = SQLITE.split(trigger + ";\nSELECT 1;", 1);
        assertEquals(List.of(new Statement(trigger, 1), new Statement("SELECT 1", 6)), statements);
    }

    @Test
    void sqliteTriggerWithCaseInItsWhenClauseStaysWhole() {
        String trigger = "CREATE TEMP TRIGGER IF NOT EXISTS guard BEFORE UPDATE ON a "
                + "WHEN CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END BEGIN SELECT RAISE(ABORT, 'no;'); DELETE FROM b; END";
        assertEquals(List.of(trigger, "SELECT 2"), sqlite(trigger + ";\nSELECT 2;"));
    }

    @Test
    void mysqlProcedureWithEndIfAndEndWhileStaysWhole() {
        String proc = "CREATE PROCEDURE p(IN n INT)\nBEGIN\n  IF n > 0 THEN\n    INSERT INTO t VALUES (n);\n  ELSE\n"
                + "    INSERT INTO t VALUES (0);\n  END IF;\n  WHILE n > 0 DO\n    SET n = n - 1;\n  END WHILE;\n"
                + "  SELECT n;\nEND";
        assertEquals(List.of(proc, "SELECT 3"), mysql(proc + ";\nSELECT 3;"));
    }

    @Test
    void wordsLikeFunctionOrTriggerInPlainStatementsOpenNoBlock() {
        assertEquals(
                List.of("CREATE TABLE t (function INT)", "SELECT 1"), sql("CREATE TABLE t (function INT); SELECT 1;"));
        assertEquals(
                List.of("CREATE INDEX trigger ON t (procedure)", "INSERT INTO t VALUES ('begin')", "SELECT 2"),
                sql("CREATE INDEX trigger ON t (procedure); INSERT INTO t VALUES ('begin'); SELECT 2;"));
    }

    @Test
    void postgresTriggerWithoutBodyEndsAtItsSemicolon() {
        assertEquals(
                List.of("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()", "SELECT 1"),
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
        assertEquals(List.of(trigger, "SELECT 1"), sqlite(trigger + ";\nSELECT 1;"));
    }

    /**
     * BUG: "END; IF" is taken for "END IF" because the word before IF is remembered across the semicolon, so the
     * procedure's block depth never returns to zero and every following statement is swallowed into it.
     */
    @Test
    void mysqlProcedureWithCaseExpressionBeforeAnIfStaysWhole() {
        String proc =
                "CREATE PROCEDURE p() BEGIN\n  SET @a = CASE WHEN 1 THEN 2 END;\n  IF @a THEN SELECT 1; END IF;\nEND";
        assertEquals(List.of(proc, "SELECT 3"), mysql(proc + ";\nSELECT 3;"));
    }

    /**
     * BUG (found by StatementSplitterFuzzTest): a comment between a statement and its semicolon, or after a last
     * statement without one, stayed in the statement, so joining statements with ";" again (offline SQL) put the
     * semicolon inside a line comment and ran two statements together.
     */
    @Test
    void aCommentAfterTheLastCodeOfAStatementIsLeftOut() {
        assertEquals(
                List.of("SELECT 1", "SELECT /* kept */ 2", "SELECT 3"),
                sql("SELECT 1 -- one\n;\nSELECT /* kept */ 2 /* dropped */;\nSELECT 3\n-- the end, no semicolon\n"));
        List<String> statements = sql("SELECT 1 -- one\n;SELECT 2");
        assertEquals(statements, sql(String.join(";\n", statements)));
    }

    /** Was: a backslash ending an unterminated E'' string was kept as a statement the database then refused. */
    @Test
    void aQuoteOrCommentNeverClosedIsRefusedWithItsLine() {
        StatementSyntaxException e = refused(POSTGRES, "SELECT 1; SELECT E'x\\");
        assertEquals("line 1: the escape string E' that starts here is never closed", e.getMessage());
        assertEquals(
                3, refused(MARIADB, "SELECT 1;\n\nSELECT 'it\\'s;\nSELECT 2;").line());
        assertEquals(
                2,
                refused(POSTGRES, "SELECT 1;\n/* outer /* inner */ SELECT 2;").line());
        assertEquals(2, refused(POSTGRES, "SELECT 1;\nDO $fn$ BEGIN END $f$;").line());
        assertEquals(
                "line 1: the bracketed identifier [ that starts here is never closed",
                refused(SQLITE, "SELECT [a;").getMessage());
        assertEquals(1, refused(MARIADB, "SELECT `a;").line());
        assertEquals(1, refused(MARIADB, "SELECT 1 /* x;").line());
    }

    /** SQLite itself takes a block comment left open as running to the end of the input. */
    @Test
    void sqliteTakesAnOpenBlockCommentToTheEnd() {
        assertEquals(List.of("SELECT 1"), sqlite("SELECT 1; /* the rest; SELECT 2;"));
    }

    /** BUG (data loss): the comment ended at the first star-slash and the DROP inside it ran. */
    @Test
    void postgresBlockCommentsNest() {
        String text =
                "/* outer /* inner */ DROP TABLE important; */\nSELECT 1;\n" + "SELECT /* a /* b /* c */ */ ; */ 2;";
        assertEquals(List.of("SELECT 1", "SELECT /* a /* b /* c */ */ ; */ 2"), postgres(text));
        assertEquals(List.of("SELECT 1"), postgres("/* /* */ SELECT 0; /* */ */ SELECT 1;"));
        // the other databases end a comment at the first star-slash, as PostgreSQL does not
        assertEquals(
                List.of("DROP TABLE important", "*/ SELECT 1"),
                sqlite("/* outer /* inner */ DROP TABLE important; */ SELECT 1;"));
    }

    @Test
    void postgresUnicodeEscapedQuotesAndDollarSignsInNames() {
        assertEquals(
                List.of("SELECT U&'d\\0061t;a'", "SELECT u&\"a;b\"", "SELECT a$b$c, x$ FROM t$1", "SELECT 2"),
                postgres("SELECT U&'d\\0061t;a';\nSELECT u&\"a;b\";\nSELECT a$b$c, x$ FROM t$1;\nSELECT 2;"));
    }

    /** BUG: a # comment and "..." with a backslash split in the wrong place on MariaDB. */
    @Test
    void mariadbHashCommentsAndBackslashesInDoubleQuotedStrings() {
        assertEquals(
                List.of("SELECT 1", "INSERT INTO t VALUES (\"it\\\"s; fine\", 'a\\'b;c')", "SELECT 2"),
                mysql("SELECT 1; # a comment; with a semicolon\n"
                        + "INSERT INTO t VALUES (\"it\\\"s; fine\", 'a\\'b;c');\n#\nSELECT 2;"));
        List<Statement> statements = MARIADB.split("# first\nSELECT 1;", 1);
        assertEquals(List.of(new Statement("SELECT 1", 2, "# first")), statements);
    }

    /** In MariaDB and MySQL, -- starts a comment only before white space or a control character. */
    @Test
    void mariadbDoubleDashNeedsASpace() {
        assertEquals(
                List.of("SELECT 1--1", "SELECT 2", "SELECT 3"),
                mysql("SELECT 1--1;\nSELECT 2 -- note; here\n;\nSELECT 3 --\tx;\n--"));
        assertEquals(List.of("SELECT 1"), sqlite("SELECT 1--1;\n"));
    }

    /** Executable comments are SQL the server runs, not comments. */
    @Test
    void mariadbExecutableCommentsAreCode() {
        assertEquals(
                List.of("/*!40101 SET @saved = @@sql_mode */", "/*M!100100 SET @x = 'a;b' */", "SELECT /* plain; */ 1"),
                mysql("/*!40101 SET @saved = @@sql_mode */;\n/*M!100100 SET @x = 'a;b' */;\nSELECT /* plain; */ 1;"));
    }

    @Test
    void sqliteBracketedAndBacktickIdentifiers() {
        assertEquals(
                List.of("SELECT [a;b], `c;d``e` FROM [t]", "SELECT 2"),
                sqlite("SELECT [a;b], `c;d``e` FROM [t];\nSELECT 2;"));
    }
}
