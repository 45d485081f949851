-- Tables: SQLite's CREATE TABLE (https://www.sqlite.org/lang_createtable.html) and what ALTER TABLE cannot do
-- (https://www.sqlite.org/lang_altertable.html: the table is rebuilt).

-- case: a table is created
-- current
-- desired
CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);

-- case: a table is dropped
-- current
CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
-- desired

-- case: a column without a type
-- current
-- desired
CREATE TABLE t (data, other);

-- case: INTEGER PRIMARY KEY stays without NOT NULL
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);

-- case: AUTOINCREMENT
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);

-- case: a STRICT table
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT, s TEXT, b BLOB, r REAL, a ANY) STRICT;

-- case: a table becomes WITHOUT ROWID
-- current
CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT);
-- desired
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;

-- case: a text key that allows NULL, a quirk of rowid tables, kept through a rebuild
-- current
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT);
-- desired
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;

-- case: STRICT goes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT) STRICT;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);

-- case: a column is added with a default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT NOT NULL DEFAULT 'new');

-- case: a column is dropped
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, kept TEXT, old TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, kept TEXT);

-- case: a column in the middle is dropped, and comes back last
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, old TEXT, kept TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, kept TEXT);
-- gap: ADD COLUMN puts a column last; migrate does not rebuild a table only to put a column back in its place

-- case: a column becomes NOT NULL (the table is rebuilt)
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');

-- case: a check constraint is added
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));

-- case: a unique constraint and an index
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT);
CREATE INDEX ix_name ON t (name);

-- case: a partial index on an expression
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, deleted INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, deleted INTEGER);
CREATE UNIQUE INDEX ux_email ON t (lower(email)) WHERE deleted IS NULL;

-- case: a foreign key is added
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER);
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);

-- case: two tables in a cycle of foreign keys
-- current
-- desired
CREATE TABLE voyage (id INTEGER PRIMARY KEY, cargo_id INTEGER REFERENCES cargo (id));
CREATE TABLE cargo (id INTEGER PRIMARY KEY, voyage_id INTEGER REFERENCES voyage (id));

-- case: a generated column
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, price REAL, qty INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, price REAL, qty INTEGER, total REAL GENERATED ALWAYS AS (price * qty) STORED);

-- case: a view on a view over a changing table
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v1 AS SELECT id, n FROM t;
CREATE VIEW v2 AS SELECT id FROM v1;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0);
CREATE VIEW v1 AS SELECT id, n FROM t;
CREATE VIEW v2 AS SELECT id FROM v1;

-- case: a trigger
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, updated TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, updated TEXT);
CREATE TRIGGER t_touch AFTER UPDATE ON t BEGIN UPDATE t SET updated = datetime('now') WHERE id = NEW.id; END;

-- case: Hibernate's table generator starts from its row
-- current
-- desired
create table todo_seq (next_val bigint);
insert into todo_seq values ( 1 );
create table todo (id bigint not null, title varchar(255), primary key (id));

-- case: an existing table with a row gains a foreign key to a new table
-- current
CREATE TABLE post (id integer PRIMARY KEY, title text);
INSERT INTO post (title) VALUES ('first');
-- desired
CREATE TABLE post (id integer PRIMARY KEY, title text, tag_id integer REFERENCES tag (id));
INSERT INTO post (title) VALUES ('first');
CREATE TABLE tag (id integer PRIMARY KEY, name text);

-- case: a new table references a unique key added to an existing table
-- current
CREATE TABLE parent (id integer PRIMARY KEY, code text);
-- desired
CREATE TABLE parent (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (id integer PRIMARY KEY, code text REFERENCES parent (code));
