package dev.migrate.dialect.postgres;

import dev.migrate.diff.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Domain;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Extension;
import dev.migrate.schema.Routine;
import dev.migrate.schema.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** PostgreSQL's SQL for extensions, enum types, domains and functions. */
final class PostgresObjects {
    private PostgresObjects() {}

    static List<String> create(SchemaObject o) {
        if (o instanceof Extension e) {
            // a database may have it already, created by its owner for another schema
            return List.of("CREATE EXTENSION IF NOT EXISTS " + q(e.name()));
        } else if (o instanceof EnumType e) {
            return List.of("CREATE TYPE " + q(e.name()) + " AS ENUM (" + literals(e.values()) + ")");
        } else if (o instanceof Domain d) {
            StringBuilder sql = new StringBuilder(
                    "CREATE DOMAIN " + q(d.name()) + " AS " + d.type().toLowerCase());
            if (d.defaultValue() != null) {
                sql.append(" DEFAULT ").append(d.defaultValue());
            }
            if (d.notNull()) {
                sql.append(" NOT NULL");
            }
            d.checks()
                    .forEach(c -> sql.append(" CONSTRAINT ")
                            .append(q(c.name()))
                            .append(" CHECK (")
                            .append(c.expression())
                            .append(")"));
            return List.of(sql.toString());
        } else if (o instanceof Routine r) {
            return routine(r);
        }
        throw new IllegalArgumentException(o.describe());
    }

    /**
     * A SQL-language body is checked against the tables when it is created, and routines come before the tables:
     * as pg_dump does, the check is off meanwhile (the body is checked when the routine first runs).
     */
    private static List<String> routine(Routine r) {
        boolean sqlBody = java.util.regex.Pattern.compile("(?im)^\\s*LANGUAGE sql\\s*$")
                .matcher(r.sql())
                .find();
        return sqlBody
                ? List.of("SET check_function_bodies = false", r.sql(), "RESET check_function_bodies")
                : List.of(r.sql());
    }

    static String drop(SchemaObject o) {
        if (o instanceof Extension e) {
            return "DROP EXTENSION " + q(e.name());
        } else if (o instanceof EnumType e) {
            return "DROP TYPE " + q(e.name());
        } else if (o instanceof Domain d) {
            return "DROP DOMAIN " + q(d.name());
        } else if (o instanceof Routine r) {
            boolean procedure = r.sql().regionMatches(true, 0, "CREATE OR REPLACE PROCEDURE", 0, 27);
            return (procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") + q(r.name()) + "(" + r.arguments() + ")";
        }
        throw new IllegalArgumentException(o.describe());
    }

    static List<String> alter(Operation.AlterObject op) {
        if (op.after() instanceof Routine r) {
            return routine(r); // CREATE OR REPLACE
        } else if (op.before() instanceof EnumType b && op.after() instanceof EnumType a) {
            return b.grewInto(a) ? addValues(b, a) : rebuild(a, op.usedBy());
        } else if (op.before() instanceof Domain b && op.after() instanceof Domain a) {
            return alterDomain(b, a, op.usedBy());
        }
        throw new IllegalArgumentException("Cannot alter " + op.after().describe());
    }

    /**
     * ALTER TYPE ADD VALUE for each new value, in order: after the value before it, which is there by then, or, for
     * a new first value, before the first value already there.
     */
    private static List<String> addValues(EnumType before, EnumType after) {
        List<String> out = new ArrayList<>();
        List<String> values = after.values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (!before.values().contains(v)) {
                String place = i > 0
                        ? " AFTER " + PostgresNames.literal(values.get(i - 1))
                        : values.stream()
                                .filter(before.values()::contains)
                                .findFirst()
                                .map(first -> " BEFORE " + PostgresNames.literal(first))
                                .orElse("");
                out.add("ALTER TYPE " + q(after.name()) + " ADD VALUE " + PostgresNames.literal(v) + place);
            }
        }
        return out;
    }

    /** Values that go or change order: a new type, every column converted through text, the old type dropped. */
    private static List<String> rebuild(EnumType after, List<Operation.ColumnOf> usedBy) {
        String old = after.name() + "_migrate_old";
        List<String> out = new ArrayList<>();
        out.add("ALTER TYPE " + q(after.name()) + " RENAME TO " + q(old));
        out.add(create(after).get(0));
        for (Operation.ColumnOf c : usedBy) {
            String alter = "ALTER TABLE " + q(c.table()) + " ALTER COLUMN "
                    + q(c.column().name()) + " ";
            boolean array = c.column().type().endsWith("[]");
            String type = q(after.name()) + (array ? "[]" : "");
            if (c.column().defaultValue() != null) {
                out.add(alter + "DROP DEFAULT");
            }
            out.add(alter + "TYPE " + type + " USING " + q(c.column().name()) + "::text" + (array ? "[]" : "") + "::"
                    + type);
            if (c.column().defaultValue() != null) {
                String dflt = c.column().defaultValue().replaceAll("::" + after.name() + "\\b", "");
                out.add(alter + "SET DEFAULT " + dflt + "::" + type);
            }
        }
        out.add("DROP TYPE " + q(old));
        return out;
    }

    private static List<String> alterDomain(Domain before, Domain after, List<Operation.ColumnOf> usedBy) {
        String alter = "ALTER DOMAIN " + q(after.name()) + " ";
        List<String> out = new ArrayList<>();
        if (!before.type().equals(after.type())) {
            if (!usedBy.isEmpty()) {
                throw new IllegalArgumentException("The type of domain " + after.name() + " changes while " + usedBy
                        + " use it: PostgreSQL cannot alter a domain's type");
            }
            return List.of(drop(before), create(after).get(0));
        }
        before.checks().stream()
                .filter(c -> !after.checks().contains(c))
                .forEach(c -> out.add(alter + "DROP CONSTRAINT " + q(c.name())));
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            out.add(alter + (after.defaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + after.defaultValue()));
        }
        if (before.notNull() != after.notNull()) {
            out.add(alter + (after.notNull() ? "SET NOT NULL" : "DROP NOT NULL"));
        }
        for (CheckConstraint c : after.checks()) {
            if (!before.checks().contains(c)) {
                out.add(alter + "ADD CONSTRAINT " + q(c.name()) + " CHECK (" + c.expression() + ")");
            }
        }
        return out;
    }

    private static String literals(List<String> values) {
        return values.stream().map(PostgresNames::literal).collect(Collectors.joining(", "));
    }

    private static String q(String name) {
        return PostgresNames.IDENTIFIERS.quote(name);
    }
}
