package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** MariaDB's and MySQL's rules, each on a script that triggers it and on the form that does not. */
class MariaDbLintRulesTest {
    private static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://127.0.0.1/x");
    private static final String TODO = "CREATE TABLE todo (\n    id BIGINT PRIMARY KEY,\n"
            + "    title VARCHAR(40) NOT NULL,\n    n INT(11),\n    owner_id BIGINT\n);\n"
            + "CREATE TABLE owner (id BIGINT PRIMARY KEY);";

    @TempDir
    Path dir;

    @Test
    void anAlterThatCopiesTheTableIsFound() {
        expect(maria("ALTER TABLE todo MODIFY n BIGINT;"), "copying-alter");
        expect(maria("ALTER TABLE todo CONVERT TO CHARACTER SET utf8mb4;"), "copying-alter");
        expect(maria("ALTER TABLE todo DROP PRIMARY KEY;"), "copying-alter");
        expect(maria("ALTER TABLE todo ADD COLUMN note TEXT, ALGORITHM=COPY;"), "copying-alter");
        // the type of a column no earlier migration made is not known: name the algorithm and the server decides
        expect(maria("ALTER TABLE other MODIFY x BIGINT;"), "copying-alter");
        expect(maria("ALTER TABLE other MODIFY x BIGINT, ALGORITHM=INPLACE;"));
        // what InnoDB does in place or instantly
        expect(maria("ALTER TABLE todo MODIFY title VARCHAR(60) NOT NULL;"));
        expect(maria("ALTER TABLE todo MODIFY title VARCHAR(40) NULL;"));
        expect(maria("ALTER TABLE todo ADD COLUMN note TEXT, ALGORITHM=INSTANT;"));
        expect(maria("ALTER TABLE todo ADD INDEX ix_title (title), ALGORITHM=INPLACE, LOCK=NONE;"));
        // a varchar that needs a second length byte (utf8mb4: past 63 characters) is copied
        expect(maria("ALTER TABLE todo MODIFY title VARCHAR(100) NOT NULL;"), "copying-alter");
    }

    @Test
    void anOnlineOptionTheServerRefusesIsFound() {
        expect(maria("ALTER TABLE todo MODIFY n BIGINT, ALGORITHM=INPLACE;"), "lock-none-impossible");
        expect(maria("ALTER TABLE todo MODIFY n BIGINT, LOCK=NONE;"), "lock-none-impossible");
        expect(maria("ALTER TABLE todo ADD FULLTEXT INDEX ft (title), LOCK=NONE;"), "lock-none-impossible");
        expect(maria("ALTER TABLE todo ADD INDEX ix (title), ALGORITHM=INSTANT;"), "lock-none-impossible");
        expect(maria("ALTER TABLE todo ADD FULLTEXT INDEX ft (title), LOCK=SHARED;"));
    }

    @Test
    void aForeignKeyOnAnExistingTableCopiesItUnlessChecksAreOff() {
        String add = "ALTER TABLE todo ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owner (id)";
        expect(maria(add + ";"), "foreign-key-copies");
        expect(maria(add + ", ALGORITHM=INPLACE;"), "lock-none-impossible", "foreign-key-copies");
        expect(maria("SET foreign_key_checks = 0;\n" + add + ", ALGORITHM=INPLACE, LOCK=NONE;\n"
                + "SET foreign_key_checks = 1;"));
        expect(maria("CREATE TABLE t (id INT, owner_id BIGINT);\n"
                + "ALTER TABLE t ADD FOREIGN KEY (owner_id) REFERENCES owner (id);"));
    }

    @Test
    void aColumnNotAddedInstantlyOnAnOlderServer() {
        String after = "ALTER TABLE todo ADD COLUMN note TEXT AFTER title;";
        String atEnd = "ALTER TABLE todo ADD COLUMN note TEXT;";
        LintFixture lint = new LintFixture(dir, MARIADB);
        expect(lint.on(ServerVersion.mariaDb(10, 3, 39)).after(TODO, after), "column-position");
        expect(lint.on(ServerVersion.mariaDb(10, 3, 39)).after(TODO, atEnd));
        expect(lint.on(ServerVersion.mariaDb(10, 2, 44)).after(TODO, atEnd), "column-position");
        expect(lint.on(ServerVersion.mariaDb(10, 11, 6)).after(TODO, after));
        expect(lint.on(ServerVersion.of(8, 0, 28)).after(TODO, after), "column-position");
        expect(lint.on(ServerVersion.of(8, 0, 36)).after(TODO, after));
        expect(lint.after(TODO, after)); // not connected: the release is not known, nothing is guessed
    }

    @Test
    void theServersVersionAsJdbcReportsIt() {
        assertEquals(ServerVersion.mariaDb(10, 11, 19), ServerVersion.parse("MariaDB", "10.11.19-MariaDB-0+deb12u1"));
        assertEquals(ServerVersion.mariaDb(10, 6, 2), ServerVersion.parse("MySQL", "5.5.5-10.6.2-MariaDB-log"));
        assertEquals(ServerVersion.of(8, 0, 36), ServerVersion.parse("MySQL", "8.0.36"));
        assertEquals(ServerVersion.of(15, 20, 0), ServerVersion.parse("PostgreSQL", "15.20 (Debian 15.20-0+deb12u1)"));
    }

    private List<String> maria(String upgrade) {
        return new LintFixture(dir, MARIADB).after(TODO, upgrade);
    }

    private static void expect(List<String> found, String... rules) {
        assertEquals(List.of(rules), found);
    }
}
