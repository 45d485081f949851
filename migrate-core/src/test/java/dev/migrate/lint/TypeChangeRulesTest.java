package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * Type changes judged against the type the earlier migrations gave the column: a narrowing on every database, a
 * rewrite on PostgreSQL, and the safe widenings that are neither.
 */
class TypeChangeRulesTest {
    private static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://127.0.0.1/x");
    private static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://127.0.0.1/x");
    private static final String TODO = "CREATE TABLE todo (\n    id BIGINT PRIMARY KEY,\n"
            + "    title CHARACTER VARYING(100) NOT NULL,\n    n INT4,\n    price NUMERIC(10, 2)\n);";
    private static final String TIMEOUT = "SET lock_timeout = '5s';\n";

    @TempDir
    Path dir;

    @Test
    void postgresChangesTheCatalogAloneForAWideningVarcharOrText() {
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(200);"));
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title TYPE TEXT;"));
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title SET DATA TYPE varchar;"));
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN price TYPE NUMERIC(12, 2);"));
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(300) USING title::varchar(300);"));
    }

    @Test
    void postgresRewritesTheTableForOtherTypeChanges() {
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN n TYPE BIGINT;"), "rewriting-type-change");
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN price TYPE NUMERIC(12, 4);"), "rewriting-type-change");
        expect(
                pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title TYPE TEXT USING upper(title);"),
                "rewriting-type-change");
        // a column whose type no earlier migration gives: said so, not guessed safe
        expect(pg(TIMEOUT + "ALTER TABLE other ALTER COLUMN x TYPE TEXT;"), "rewriting-type-change");
        // a table this script creates is empty
        expect(pg("CREATE TABLE t (a INT);\nALTER TABLE t ALTER COLUMN a TYPE BIGINT;"));
    }

    @Test
    void aNarrowingIsFoundOnEveryDatabase() {
        expect(
                pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN title TYPE VARCHAR(50);"),
                "narrow-type",
                "rewriting-type-change");
        expect(pg(TIMEOUT + "ALTER TABLE todo ALTER COLUMN id TYPE INTEGER;"), "narrow-type", "rewriting-type-change");
        expect(
                mariaDb("ALTER TABLE todo MODIFY COLUMN title VARCHAR(50) NOT NULL, ALGORITHM=INPLACE;"),
                "narrow-type",
                "lock-none-impossible");
        expect(
                mariaDb("ALTER TABLE todo CHANGE n amount SMALLINT, ALGORITHM=INPLACE;"),
                "narrow-type",
                "lock-none-impossible");
    }

    @Test
    void theTypesFollowRenamesAndLaterChanges() {
        String before = TODO + "\nALTER TABLE todo RENAME TO task;\nALTER TABLE task RENAME COLUMN title TO name;\n"
                + "ALTER TABLE task ALTER COLUMN name TYPE VARCHAR(20);";
        expect(new LintFixture(dir, POSTGRES)
                .after(before, TIMEOUT + "ALTER TABLE task ALTER COLUMN name TYPE VARCHAR(40);"));
        expect(
                new LintFixture(dir, POSTGRES)
                        .after(before, TIMEOUT + "ALTER TABLE task ALTER COLUMN name TYPE VARCHAR(10);"),
                "narrow-type",
                "rewriting-type-change");
        // MariaDB's CHANGE renames and retypes; the widening after it is in place
        String maria = TODO + "\nALTER TABLE todo CHANGE title name VARCHAR(20) NOT NULL;";
        expect(new LintFixture(dir, MARIADB)
                .after(maria, "ALTER TABLE todo MODIFY name VARCHAR(40) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;"));
    }

    private List<String> pg(String upgrade) {
        return new LintFixture(dir, POSTGRES).after(TODO, upgrade);
    }

    private List<String> mariaDb(String upgrade) {
        return new LintFixture(dir, MARIADB).after(TODO, upgrade);
    }

    private static void expect(List<String> found, String... rules) {
        assertEquals(List.of(rules), found);
    }
}
