package dev.migrate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Canonical forms that keep the diff from reporting what is not a change. */
class SqlTest {
    @Test
    void postgresCastsAreNotDifferencesOfACheck() {
        CheckConstraint first = new CheckConstraint(
                "ck", "status::text = ANY (ARRAY['OPEN'::character varying, " + "'DONE'::character varying]::text[])");
        CheckConstraint again = new CheckConstraint(
                "ck",
                "status::text = ANY (ARRAY['OPEN'::character varying::text, " + "'DONE'::character varying::text])");
        assertEquals(Sql.comparable(first.expression()), Sql.comparable(again.expression()));
        assertEquals(true, first.sameDefinition(again));
        assertEquals(
                "created_at>'2020-01-01'", Sql.comparable("created_at > '2020-01-01'::timestamp(6) with time zone"));
    }

    @Test
    void aRealChangeOfACheckStillShows() {
        assertNotEquals(Sql.comparable("status IN ('OPEN', 'DONE')"), Sql.comparable("status IN ('OPEN')"));
        assertEquals(false, new CheckConstraint(null, "qty >= 0").sameDefinition(new CheckConstraint(null, "qty > 0")));
    }

    @Test
    void typesAndDefaultsAreCanonical() {
        assertEquals("VARCHAR(20)", Sql.normalizeType("varchar ( 20 )"));
        assertEquals("NUMERIC(10,2)", Sql.normalizeType("numeric(10, 2)"));
        assertEquals("0", new Column("c", "INT", true, "(0)", false, null, false).defaultValue());
    }
}
