-- More of SQLite: types, defaults, keys, indexes, views and triggers (https://www.sqlite.org/lang_createtable.html,
-- https://www.sqlite.org/lang_createindex.html, https://www.sqlite.org/lang_createview.html)

-- case: type affinities as written
-- current
-- desired
CREATE TABLE t (a INT, b VARCHAR(20), c DOUBLE, d NUMERIC(10,2), e BOOLEAN, f DATETIME, g BLOB);

-- case: a column's type changes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);

-- case: a default changes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER DEFAULT 0);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER DEFAULT 1);

-- case: CURRENT_TIMESTAMP default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);

-- case: an expression default
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT DEFAULT (lower(hex(randomblob(4)))));

-- case: a column allows NULL again
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);

-- case: a composite primary key
-- current
-- desired
CREATE TABLE t (a INTEGER, b INTEGER, PRIMARY KEY (a, b));

-- case: the primary key changes
-- current
CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a));
-- desired
CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (b));
-- gap: NOT NULL on an INTEGER PRIMARY KEY (the rowid, never NULL anyway) is not kept

-- case: a named unique constraint over two columns
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, CONSTRAINT uq_ab UNIQUE (a, b));

-- case: a check constraint goes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER);

-- case: a foreign key goes
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER);

-- case: a foreign key's actions change
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE);

-- case: a self-referencing foreign key
-- current
-- desired
CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES node (id));

-- case: a composite foreign key
-- current
-- desired
CREATE TABLE parent (a INTEGER, b INTEGER, PRIMARY KEY (a, b));
CREATE TABLE child (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, FOREIGN KEY (a, b) REFERENCES parent (a, b));

-- case: an index goes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE INDEX ix_name ON t (name);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);

-- case: a descending composite index with a collation
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
CREATE INDEX ix_ab ON t (a COLLATE NOCASE, b DESC);

-- case: a column with a collation
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE);

-- case: a view's query changes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, done INTEGER);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, done INTEGER);
CREATE VIEW v AS SELECT id, done FROM t;

-- case: a trigger on a table that is rebuilt
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, updated TEXT);
CREATE TRIGGER t_touch AFTER UPDATE OF n ON t BEGIN UPDATE t SET updated = datetime('now') WHERE id = NEW.id; END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0, updated TEXT);
CREATE TRIGGER t_touch AFTER UPDATE OF n ON t BEGIN UPDATE t SET updated = datetime('now') WHERE id = NEW.id; END;

-- case: an INSTEAD OF trigger on a view
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v BEGIN INSERT INTO t (id, n) VALUES (NEW.id, NEW.n); END;

-- case: a table is renamed by hint
-- current
CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT);
-- desired
-- migrate:renamed_from todo
CREATE TABLE task (id INTEGER PRIMARY KEY, title TEXT);

-- case: a column is renamed by hint
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, descr TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY,
    description TEXT -- migrate:renamed_from descr
);

-- case: a quoted table name with spaces
-- current
-- desired
CREATE TABLE "order items" (id INTEGER PRIMARY KEY, "unit price" REAL);

-- case: a virtual generated column
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, twice INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL);

-- case: Hibernate's shared table generator with its named row
-- current
-- desired
create table hibernate_sequences (next_val bigint, sequence_name varchar(255) not null, primary key (sequence_name));
insert into hibernate_sequences(sequence_name, next_val) values ('default',0);

-- case: a FTS5 virtual table
-- current
-- desired
CREATE VIRTUAL TABLE docs USING fts5(title, body);
-- gap: virtual tables are reported as not compared, not created

-- case: a table with every kind of constraint at once
-- current
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE, qty INTEGER DEFAULT 0 CHECK (qty >= 0),
    parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE, CONSTRAINT ck_code CHECK (length(code) > 1));

-- case: a column is added with a NULL default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT DEFAULT NULL);

-- case: a column is added with an expression default (rebuild)
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, created TEXT DEFAULT (datetime('now')));

-- case: a NOT NULL column is added with a default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, active INTEGER NOT NULL DEFAULT 1);

-- case: a stored generated column goes
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a + 1) STORED);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);

-- case: a view over two tables
-- current
CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, n INTEGER);
-- desired
CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, n INTEGER);
CREATE VIEW totals AS SELECT a.name, sum(b.n) AS total FROM a JOIN b ON b.a_id = a.id GROUP BY a.name;

-- case: a BEFORE INSERT trigger with a WHEN clause
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TRIGGER t_check BEFORE INSERT ON t WHEN NEW.n < 0 BEGIN SELECT RAISE(ABORT, 'negative'); END;

-- case: an index with a WHERE on a rebuilt table
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, gone INTEGER);
CREATE INDEX ix_live ON t (email) WHERE gone IS NULL;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT NOT NULL DEFAULT '', gone INTEGER);
CREATE INDEX ix_live ON t (email) WHERE gone IS NULL;
