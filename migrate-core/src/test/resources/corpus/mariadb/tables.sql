-- Tables, columns, keys and indexes: MariaDB's CREATE TABLE and ALTER TABLE
-- (https://mariadb.com/kb/en/create-table/, https://mariadb.com/kb/en/alter-table/)

-- case: a table is created
-- current
-- desired
CREATE TABLE todo (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(200) NOT NULL,
    done tinyint(1) NOT NULL DEFAULT 0);

-- case: a table is dropped
-- current
CREATE TABLE todo (id int PRIMARY KEY);
-- desired

-- case: a column is added in the middle
-- current
CREATE TABLE t (id int PRIMARY KEY, b int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, a varchar(20), b int);

-- case: a column is dropped and comes back in its place
-- current
CREATE TABLE t (id int PRIMARY KEY, old_col text, kept int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, kept int);

-- case: a column's type widens
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(50));
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(200));

-- case: a column becomes NOT NULL with a default
-- current
CREATE TABLE t (id int PRIMARY KEY, status varchar(10));
-- desired
CREATE TABLE t (id int PRIMARY KEY, status varchar(10) NOT NULL DEFAULT 'new');

-- case: a column comment
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int COMMENT 'the count');

-- case: an AUTO_INCREMENT column and its primary key are added
-- current
CREATE TABLE t (name varchar(20));
-- desired
CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, name varchar(20), PRIMARY KEY (id));

-- case: the primary key moves to another column
-- current
CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a));
-- desired
CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (b));

-- case: a named foreign key is added
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int);
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int,
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);

-- case: a foreign key goes, and the index MariaDB made for it
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int,
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id));
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int);

-- case: a foreign key to a unique key added with it
-- current
CREATE TABLE parent (id int PRIMARY KEY, code varchar(10));
CREATE TABLE child (id int PRIMARY KEY, code varchar(10));
-- desired
CREATE TABLE parent (id int PRIMARY KEY, code varchar(10), CONSTRAINT uq_parent_code UNIQUE (code));
CREATE TABLE child (id int PRIMARY KEY, code varchar(10),
    CONSTRAINT fk_child_code FOREIGN KEY (code) REFERENCES parent (code));

-- case: two tables in a cycle of foreign keys
-- current
-- desired
CREATE TABLE voyage (id int PRIMARY KEY, cargo_id int);
CREATE TABLE cargo (id int PRIMARY KEY, voyage_id int,
    CONSTRAINT fk_cargo_voyage FOREIGN KEY (voyage_id) REFERENCES voyage (id));
ALTER TABLE voyage ADD CONSTRAINT fk_voyage_cargo FOREIGN KEY (cargo_id) REFERENCES cargo (id);

-- case: a unique constraint and a composite index
-- current
CREATE TABLE t (id int PRIMARY KEY, a int, b int, email varchar(100));
-- desired
CREATE TABLE t (id int PRIMARY KEY, a int, b int, email varchar(100), CONSTRAINT uq_email UNIQUE (email));
CREATE INDEX ix_ab ON t (a, b DESC);

-- case: a prefix index
-- current
CREATE TABLE t (id int PRIMARY KEY, body text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, body text);
CREATE INDEX ix_body ON t (body(50));

-- case: a check constraint
-- current
CREATE TABLE t (id int PRIMARY KEY, qty int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, qty int, CONSTRAINT qty_positive CHECK (qty >= 0));

-- case: a stored generated column
-- current
CREATE TABLE t (id int PRIMARY KEY, price decimal(10,2), qty int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, price decimal(10,2), qty int, total decimal(12,2) AS (price * qty) STORED);

-- case: a plain column becomes a virtual one
-- current
CREATE TABLE t (id int PRIMARY KEY, a int, twice int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, a int, twice int AS (a * 2) VIRTUAL);

-- case: an enum column gains a value
-- current
CREATE TABLE t (id int PRIMARY KEY, status enum('new','done') NOT NULL DEFAULT 'new');
-- desired
CREATE TABLE t (id int PRIMARY KEY, status enum('new','active','done') NOT NULL DEFAULT 'new');

-- case: a JSON column
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, doc json);

-- case: a table comment
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY) COMMENT 'the things';

-- case: a view over a table that changes
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT id, n FROM t;
-- desired
CREATE TABLE t (id int PRIMARY KEY, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;

-- case: a trigger
-- current
CREATE TABLE t (id int PRIMARY KEY, updated datetime);
-- desired
CREATE TABLE t (id int PRIMARY KEY, updated datetime);
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW SET NEW.updated = NOW();

-- case: the table's charset and collation change
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(20)) DEFAULT CHARSET=latin1;
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(20)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- case: a table goes back to the database's collation, with a column of its own collation kept
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(20), body text, code varchar(5) CHARACTER SET ascii,
    kind enum('a', 'b')) COLLATE=latin1_bin;
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(20), body text, code varchar(5) CHARACTER SET ascii,
    kind enum('a', 'b'));

-- case: a new table of its own collation, and a changed column in a table whose collation changes
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(20) NOT NULL, CHECK (name <> ''));
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(40) NOT NULL, note tinytext, CHECK (name <> '')) DEFAULT CHARSET=latin1;
CREATE TABLE u (id int PRIMARY KEY, label char(3)) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci COMMENT 'kept';

-- case: the storage engine
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY) ENGINE=Aria;

-- case: ROW_FORMAT and KEY_BLOCK_SIZE
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY) ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8;
-- gap: going back, KEY_BLOCK_SIZE=0 leaves the indexes the KEY_BLOCK_SIZE=8 they took from the table

-- case: a hash index on a MEMORY table
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, code varchar(10)) ENGINE=MEMORY;
CREATE INDEX ix_code USING HASH ON t (code);

-- case: a fulltext index
-- current
CREATE TABLE article (id int PRIMARY KEY, body text);
-- desired
CREATE TABLE article (id int PRIMARY KEY, body text);
CREATE FULLTEXT INDEX ft_body ON article (body);

-- case: the storage engine changes
-- current
CREATE TABLE t (id int PRIMARY KEY, n int) ENGINE=MyISAM;
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);

-- case: ROW_FORMAT changes on an existing table
-- current
CREATE TABLE t (id int PRIMARY KEY) ROW_FORMAT=DYNAMIC;
-- desired
CREATE TABLE t (id int PRIMARY KEY) ROW_FORMAT=COMPACT;

-- case: a plain index becomes a fulltext index
-- current
CREATE TABLE article (id int PRIMARY KEY, title varchar(200));
CREATE INDEX ix_title ON article (title);
-- desired
CREATE TABLE article (id int PRIMARY KEY, title varchar(200));
CREATE FULLTEXT INDEX ix_title ON article (title);

-- case: ROW_FORMAT=COMPRESSED alone
-- current
CREATE TABLE t (id int PRIMARY KEY, body text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, body text) ROW_FORMAT=COMPRESSED;

-- case: a new table references a unique key added to an existing one
-- current
CREATE TABLE parent (id int PRIMARY KEY, code varchar(20));
-- desired
CREATE TABLE parent (id int PRIMARY KEY, code varchar(20) UNIQUE);
CREATE TABLE child (id int PRIMARY KEY, code varchar(20), FOREIGN KEY (code) REFERENCES parent (code));

-- case: a table goes with the unique key its foreign key needed
-- current
CREATE TABLE parent (id int PRIMARY KEY, code varchar(20) UNIQUE);
CREATE TABLE child (id int PRIMARY KEY, code varchar(20), FOREIGN KEY (code) REFERENCES parent (code));
-- desired
CREATE TABLE parent (id int PRIMARY KEY, code varchar(20));
