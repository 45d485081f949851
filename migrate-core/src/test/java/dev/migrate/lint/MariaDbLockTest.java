package dev.migrate.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.dialect.Dialects;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MariaDB rules judged by the server: each ALTER runs on a fresh table of 2,000 rows, and what the server does
 * with it (copies every row, which it reports as rows affected; changes it in place or instantly, 0 rows; or refuses
 * the online option) is what the linter says of the same statement.
 */
@Tag("server")
class MariaDbLockTest {
    private static final String TODO = "CREATE TABLE todo (id BIGINT PRIMARY KEY, title VARCHAR(40) NOT NULL, n INT,"
            + " owner_id BIGINT) DEFAULT CHARSET=utf8mb4";
    private static final String OWNER = "CREATE TABLE owner (id BIGINT PRIMARY KEY)";
    private static final String FK = "ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owner (id)";

    @TempDir
    Path dir;

    @Test
    void whatTheServerCopiesOrRefusesIsWhatTheLinterFinds() throws SQLException {
        DatabaseConfig db = TestServers.freshMariadb("migrate_lint_copies");
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put("ALTER TABLE todo MODIFY n BIGINT", "copied");
        verdicts.put("ALTER TABLE todo MODIFY n BIGINT, ALGORITHM=INPLACE", "refused");
        verdicts.put("ALTER TABLE todo MODIFY n BIGINT, LOCK=NONE", "refused");
        verdicts.put("ALTER TABLE todo CONVERT TO CHARACTER SET latin1", "copied");
        verdicts.put("ALTER TABLE todo MODIFY title VARCHAR(100) NOT NULL", "copied");
        verdicts.put("ALTER TABLE todo MODIFY title VARCHAR(100) NOT NULL, ALGORITHM=INPLACE", "refused");
        verdicts.put("ALTER TABLE todo " + FK, "copied");
        verdicts.put("ALTER TABLE todo " + FK + ", ALGORITHM=INPLACE", "refused");
        verdicts.put("ALTER TABLE todo ADD INDEX ix_title (title), ALGORITHM=INSTANT", "refused");
        // the safe forms
        verdicts.put("ALTER TABLE todo MODIFY title VARCHAR(60) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE", "in place");
        verdicts.put("ALTER TABLE todo ADD COLUMN note TEXT, ALGORITHM=INSTANT", "in place");
        verdicts.put("ALTER TABLE todo ADD INDEX ix_title (title), ALGORITHM=INPLACE, LOCK=NONE", "in place");
        verdicts.put(
                "SET foreign_key_checks = 0;\nALTER TABLE todo " + FK + ", ALGORITHM=INPLACE, LOCK=NONE", "in place");

        for (Map.Entry<String, String> v : verdicts.entrySet()) {
            String server = run(db, v.getKey());
            assertEquals(v.getValue(), server, v.getKey());
            List<String> found = new LintFixture(dir, Dialects.forUrl(db.url()))
                    .after(TODO + ";\n" + OWNER + ";", v.getKey() + ";").stream()
                            .filter(r -> r.equals("copying-alter")
                                    || r.equals("lock-none-impossible")
                                    || r.equals("foreign-key-copies"))
                            .toList();
            List<String> expected = switch (server) {
                case "copied" ->
                    v.getKey().contains("FOREIGN KEY") ? List.of("foreign-key-copies") : List.of("copying-alter");
                case "refused" ->
                    v.getKey().contains("FOREIGN KEY")
                            ? List.of("lock-none-impossible", "foreign-key-copies")
                            : List.of("lock-none-impossible");
                default -> List.of();
            };
            assertEquals(expected, found, v.getKey());
        }
    }

    /** Runs the statements on a fresh table of 2,000 rows: copied, in place, or refused (the table unchanged). */
    private static String run(DatabaseConfig db, String sql) throws SQLException {
        TestServers.execute(
                db,
                "DROP TABLE IF EXISTS todo",
                "DROP TABLE IF EXISTS owner",
                OWNER,
                TODO,
                "INSERT INTO owner (id) VALUES (1)",
                "INSERT INTO todo (id, title, n, owner_id) SELECT seq, CONCAT('t', seq), seq, 1 FROM seq_1_to_2000");
        try (Connection c = new Database(db).open();
                Statement s = c.createStatement()) {
            long affected = 0;
            for (String statement : sql.split(";\n")) {
                affected = s.executeLargeUpdate(statement);
            }
            return affected == 2000 ? "copied" : affected == 0 ? "in place" : "affected " + affected;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1845 || e.getErrorCode() == 1846) { // ER_ALTER_OPERATION_NOT_SUPPORTED[_REASON]
                assertEquals(List.of("2000"), TestServers.rows(db, "SELECT count(*) FROM todo"));
                return "refused";
            }
            throw e;
        }
    }
}
