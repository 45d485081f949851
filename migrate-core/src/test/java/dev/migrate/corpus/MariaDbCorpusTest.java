package dev.migrate.corpus;

import dev.migrate.dialect.Database;
import dev.migrate.servers.TestServers;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The MariaDB corpus, judged by SHOW CREATE TABLE, VIEW, SEQUENCE, EVENT and TRIGGER for every object. */
@Tag("server")
class MariaDbCorpusTest extends CorpusContract {
    @Override
    protected Database fresh(String name) {
        return new Database(TestServers.freshMariadb("corpus_" + name + worker()));
    }

    @Override
    protected String corpus() {
        return "mariadb";
    }

    @Override
    protected String dump(Database db) throws SQLException {
        List<String> out = new ArrayList<>();
        String url = db.config().url();
        // MariaDB qualifies a sequence in a default with the database's name, which differs from case to case
        String qualifier = "`" + url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "") + "`.";
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] o : objects) {
                String kind = o[1].equals("VIEW") ? "VIEW" : o[1].equals("SEQUENCE") ? "SEQUENCE" : "TABLE";
                try (ResultSet rs = s.executeQuery("SHOW CREATE " + kind + " `" + o[0] + "`")) {
                    rs.next();
                    // the next AUTO_INCREMENT value depends on the rows, not on the schema
                    out.add(rs.getString(2).replaceAll(" AUTO_INCREMENT=[0-9]+", ""));
                }
                if (kind.equals("TABLE")) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM `" + o[0] + "`")) {
                        rs.next();
                        out.add("rows: " + rs.getLong(1)); // a table generator's first row is part of its schema
                    }
                }
            }
            List<String> triggers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                    + "WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            List<String> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT EVENT_NAME FROM information_schema.EVENTS "
                    + "WHERE EVENT_SCHEMA = DATABASE() ORDER BY EVENT_NAME")) {
                while (rs.next()) {
                    events.add(rs.getString(1));
                }
            }
            for (String e : events) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE EVENT `" + e + "`")) {
                    rs.next();
                    out.add(rs.getString(4));
                }
            }
            for (String t : triggers) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER `" + t + "`")) {
                    rs.next();
                    out.add(rs.getString(3));
                }
            }
        }
        return String.join("\n", out).replace(qualifier, "");
    }
}
