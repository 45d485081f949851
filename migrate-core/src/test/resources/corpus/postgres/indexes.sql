-- Indexes: access methods, operator classes, INCLUDE, NULLS NOT DISTINCT, storage parameters
-- (https://www.postgresql.org/docs/current/sql-createindex.html, https://www.postgresql.org/docs/current/indexes-types.html)

-- case: a GIN index on jsonb
-- current
CREATE TABLE event (id integer PRIMARY KEY, payload jsonb);
-- desired
CREATE TABLE event (id integer PRIMARY KEY, payload jsonb);
CREATE INDEX ix_event_payload ON event USING gin (payload);

-- case: a GIN index with jsonb_path_ops
-- current
CREATE TABLE event (id integer PRIMARY KEY, payload jsonb);
-- desired
CREATE TABLE event (id integer PRIMARY KEY, payload jsonb);
CREATE INDEX ix_event_path ON event USING gin (payload jsonb_path_ops);

-- case: a GiST index on a range
-- current
-- desired
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange);
CREATE INDEX ix_booking_during ON booking USING gist (during);

-- case: a BRIN index
-- current
CREATE TABLE reading (id bigint PRIMARY KEY, taken_at timestamptz NOT NULL);
-- desired
CREATE TABLE reading (id bigint PRIMARY KEY, taken_at timestamptz NOT NULL);
CREATE INDEX ix_reading_taken ON reading USING brin (taken_at) WITH (pages_per_range = 32);

-- case: a hash index
-- current
-- desired
CREATE TABLE token (id integer PRIMARY KEY, value text);
CREATE INDEX ix_token_value ON token USING hash (value);

-- case: a btree index becomes a hash index
-- current
CREATE TABLE token (id integer PRIMARY KEY, value text);
CREATE INDEX ix_token_value ON token (value);
-- desired
CREATE TABLE token (id integer PRIMARY KEY, value text);
CREATE INDEX ix_token_value ON token USING hash (value);

-- case: a covering index with INCLUDE
-- current
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric);
-- desired
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric);
CREATE INDEX ix_orders_customer ON orders (customer_id) INCLUDE (total);

-- case: a unique index with NULLS NOT DISTINCT
-- current
CREATE TABLE member (id integer PRIMARY KEY, email text);
-- desired
CREATE TABLE member (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX ux_member_email ON member (email) NULLS NOT DISTINCT;

-- case: an index's fillfactor changes
-- current
CREATE TABLE t (id integer PRIMARY KEY, n integer);
CREATE INDEX ix_t_n ON t (n);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, n integer);
CREATE INDEX ix_t_n ON t (n) WITH (fillfactor = 70);

-- case: a partial expression index with an operator class
-- current
CREATE TABLE users (id integer PRIMARY KEY, email text, deleted_at timestamptz);
-- desired
CREATE TABLE users (id integer PRIMARY KEY, email text, deleted_at timestamptz);
CREATE UNIQUE INDEX ux_users_email ON users (lower(email) text_pattern_ops) WHERE deleted_at IS NULL;

-- case: a descending index with NULLS FIRST and a collation
-- current
CREATE TABLE t (id integer PRIMARY KEY, name text);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX ix_t_name ON t (name COLLATE "C" DESC NULLS FIRST);
