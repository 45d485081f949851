package dev.migrate.dialect.mariadb;

import static dev.migrate.dialect.mariadb.MariaDbNames.literal;
import static dev.migrate.dialect.mariadb.MariaDbNames.quote;

import dev.migrate.schema.Event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Events as information_schema.EVENTS holds them, and the SQL that makes them. An event is changed by dropping and
 * creating it: CREATE EVENT says all of it, where ALTER EVENT would have to undo each clause.
 */
final class MariaDbEvents {
    static final String QUERY = "SELECT EVENT_NAME, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, INTERVAL_FIELD, STARTS, "
            + "ENDS, ON_COMPLETION, STATUS, EVENT_COMMENT, EVENT_DEFINITION FROM information_schema.EVENTS "
            + "WHERE EVENT_SCHEMA = DATABASE() ORDER BY EVENT_NAME";

    private MariaDbEvents() {}

    /** One row of {@link #QUERY}. */
    static Event read(ResultSet rs) throws SQLException {
        boolean once = "ONE TIME".equals(rs.getString(2));
        String interval = rs.getString(4);
        String schedule = once
                ? "AT " + literal(rs.getString(3))
                : "EVERY " + (interval.matches("[0-9]+") ? interval : literal(interval)) + " " + rs.getString(5);
        String comment = rs.getString(10);
        return new Event(
                rs.getString(1),
                schedule,
                once ? null : rs.getString(6),
                once ? null : rs.getString(7),
                "PRESERVE".equals(rs.getString(8)),
                switch (rs.getString(9)) {
                    case "DISABLED" -> "DISABLE";
                    case "SLAVESIDE_DISABLED" -> "DISABLE ON SLAVE";
                    default -> "ENABLE";
                },
                comment == null || comment.isEmpty() ? null : comment,
                rs.getString(11));
    }

    static String create(Event e) {
        StringBuilder sql = new StringBuilder("CREATE EVENT " + quote(e.name()) + " ON SCHEDULE " + e.schedule());
        if (e.starts() != null) {
            sql.append(" STARTS ").append(literal(e.starts()));
        }
        if (e.ends() != null) {
            sql.append(" ENDS ").append(literal(e.ends()));
        }
        sql.append(" ON COMPLETION ")
                .append(e.preserve() ? "PRESERVE " : "NOT PRESERVE ")
                .append(e.status());
        if (e.comment() != null) {
            sql.append(" COMMENT ").append(literal(e.comment()));
        }
        return sql.append(" DO ").append(e.body()).toString();
    }

    static String drop(Event e) {
        return "DROP EVENT IF EXISTS " + quote(e.name());
    }

    static List<String> replace(Event before, Event after) {
        return List.of(drop(before), create(after));
    }
}
