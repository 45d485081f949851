-- Enum types, domains, extensions and functions: PostgreSQL's CREATE TYPE, ALTER TYPE, CREATE DOMAIN, ALTER DOMAIN,
-- CREATE EXTENSION and CREATE FUNCTION (https://www.postgresql.org/docs/current/sql-commands.html)

-- case: an enum type and a column of it
-- current
CREATE TABLE person (id integer PRIMARY KEY);
-- desired
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood);

-- case: an enum type gains a value at the end
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood);
-- desired
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood);

-- case: an enum type's value is renamed by hint, with rows that hold it
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood NOT NULL DEFAULT 'ok');
INSERT INTO person VALUES (1, 'ok'), (2, 'sad');
-- desired
CREATE TYPE mood AS ENUM (
    'sad',
    'fine', -- migrate:renamed_from ok
    'happy'
);
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood NOT NULL DEFAULT 'fine');
INSERT INTO person VALUES (1, 'fine'), (2, 'sad');

-- case: an enum value renamed by hint above it, and another added after it
-- current
CREATE TYPE level AS ENUM ('low', 'high');
-- desired
CREATE TYPE level AS ENUM (
    'low',
    -- migrate:renamed_from 'high'
    'top',
    'max'
);

-- case: an enum type gains a value in the middle
-- current
CREATE TYPE status AS ENUM ('new', 'done');
-- desired
CREATE TYPE status AS ENUM ('new', 'active', 'done');

-- case: an enum type loses a value, with a column and its default
-- current
CREATE TYPE status AS ENUM ('new', 'active', 'done');
CREATE TABLE task (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[]);
-- desired
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE task (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[]);

-- case: an enum type and its table go
-- current
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, m mood);
-- desired

-- case: a domain with a check, used by a column
-- current
-- desired
CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id integer PRIMARY KEY, address email NOT NULL);

-- case: a domain gains a default, NOT NULL and a second check
-- current
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE stock (id integer PRIMARY KEY, qty positive);
-- desired
CREATE DOMAIN positive AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check CHECK (VALUE > 0)
    CONSTRAINT below_million CHECK (VALUE < 1000000);
CREATE TABLE stock (id integer PRIMARY KEY, qty positive);

-- case: a domain's check changes
-- current
CREATE DOMAIN code AS varchar(10) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
-- desired
CREATE DOMAIN code AS varchar(10) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE) AND length(VALUE) > 1);

-- case: an extension an index's operator class needs
-- current
CREATE TABLE doc (id integer PRIMARY KEY, title text);
-- desired
CREATE EXTENSION pg_trgm;
CREATE TABLE doc (id integer PRIMARY KEY, title text);
CREATE INDEX ix_doc_title_trgm ON doc USING gin (title gin_trgm_ops);

-- case: an extension for a column type
-- current
-- desired
CREATE EXTENSION citext;
CREATE TABLE login (id integer PRIMARY KEY, name citext UNIQUE);

-- case: a trigger and the function it calls
-- current
CREATE TABLE item (id integer PRIMARY KEY, updated_at timestamptz);
-- desired
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TABLE item (id integer PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch();

-- case: a function's body changes under its trigger
-- current
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE item (id integer PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch();
-- desired
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TABLE item (id integer PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch();

-- case: a function used in a column default and a check
-- current
-- desired
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$;
CREATE FUNCTION is_code(v text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v LIKE 'C%' $$;
CREATE TABLE coded (id integer PRIMARY KEY, code text DEFAULT next_code() CHECK (is_code(code)));

-- case: overloaded functions
-- current
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql AS $$ SELECT pi() * r * r $$;
-- desired
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w double precision, h double precision) RETURNS double precision LANGUAGE sql
    AS $$ SELECT w * h $$;

-- case: a procedure
-- current
-- desired
CREATE TABLE audit (at timestamptz);
CREATE PROCEDURE log_now() LANGUAGE sql AS $$ INSERT INTO audit VALUES (now()) $$;

-- case: an enum value is renamed
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- desired
CREATE TYPE mood AS ENUM ('unhappy', 'ok');

-- case: an enum type used by a view over its column
-- current
-- desired
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE alarm (id integer PRIMARY KEY, lvl level NOT NULL);
CREATE VIEW high_alarms AS SELECT id FROM alarm WHERE lvl = 'high';

-- case: two extensions
-- current
-- desired
CREATE EXTENSION hstore;
CREATE EXTENSION "uuid-ossp";
CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), attrs hstore);

-- case: an extension goes with the column that used it
-- current
CREATE EXTENSION citext;
CREATE TABLE login (id integer PRIMARY KEY, name citext);
-- desired
CREATE TABLE login (id integer PRIMARY KEY, name text);

-- case: a function's arguments change
-- current
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS $$ SELECT n + 1 $$;
-- desired
CREATE FUNCTION add_one(n bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT n + 1 $$;

-- case: a function with defaults and OUT arguments
-- current
-- desired
CREATE FUNCTION split_name(full_name text, sep text DEFAULT ' ', OUT first text, OUT last text)
    LANGUAGE sql AS $$ SELECT split_part(full_name, sep, 1), split_part(full_name, sep, 2) $$;

-- case: a SECURITY DEFINER function with a search_path
-- current
-- desired
CREATE FUNCTION now_utc() RETURNS timestamp LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT now() AT TIME ZONE 'utc' $$;

-- case: a composite type
-- current
-- desired
CREATE TYPE money_amount AS (amount numeric, currency char(3));
CREATE TABLE price (id integer PRIMARY KEY, value money_amount);
-- gap: composite types are not in the model

-- case: enum values added first, before and after an existing one
-- current
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE t (id integer PRIMARY KEY, m mood);
-- desired
CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy', 'elated');
CREATE TABLE t (id integer PRIMARY KEY, m mood);
