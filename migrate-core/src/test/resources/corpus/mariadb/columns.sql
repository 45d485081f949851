-- Column types, defaults and attributes: MariaDB's data types (https://mariadb.com/kb/en/data-types/)

-- case: integer types with UNSIGNED and ZEROFILL
-- current
-- desired
CREATE TABLE t (id int unsigned PRIMARY KEY, small smallint unsigned, tiny tinyint, big bigint unsigned, z int(5) zerofill);

-- case: int becomes bigint
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n bigint);

-- case: varchar becomes text
-- current
CREATE TABLE t (id int PRIMARY KEY, body varchar(255));
-- desired
CREATE TABLE t (id int PRIMARY KEY, body text);

-- case: decimal precision changes
-- current
CREATE TABLE t (id int PRIMARY KEY, price decimal(8,2));
-- desired
CREATE TABLE t (id int PRIMARY KEY, price decimal(12,4));

-- case: date and time types
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, d date, tm time(3), dt datetime(6), ts timestamp NULL DEFAULT NULL, y year);

-- case: DATETIME with CURRENT_TIMESTAMP and ON UPDATE
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);

-- case: a default changes
-- current
CREATE TABLE t (id int PRIMARY KEY, qty int DEFAULT 0);
-- desired
CREATE TABLE t (id int PRIMARY KEY, qty int DEFAULT 1);

-- case: a default goes
-- current
CREATE TABLE t (id int PRIMARY KEY, status varchar(10) DEFAULT 'new');
-- desired
CREATE TABLE t (id int PRIMARY KEY, status varchar(10));

-- case: an expression default
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, code varchar(36) DEFAULT (uuid()));

-- case: a column allows NULL again
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(20) NOT NULL);
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(20));

-- case: a column's character set and collation
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(20));
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(20) CHARACTER SET latin1 COLLATE latin1_bin);

-- case: a binary and a blob column
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, hash binary(32), data blob, big longblob);

-- case: a SET column
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, flags set('a','b','c') NOT NULL DEFAULT '');

-- case: an enum column loses a value
-- current
CREATE TABLE t (id int PRIMARY KEY, status enum('new','active','done'));
-- desired
CREATE TABLE t (id int PRIMARY KEY, status enum('new','done'));

-- case: a boolean column
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, active boolean NOT NULL DEFAULT true);

-- case: a column comment changes
-- current
CREATE TABLE t (id int PRIMARY KEY, n int COMMENT 'old');
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int COMMENT 'new');

-- case: an INVISIBLE column
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, secret varchar(20) INVISIBLE);

-- case: a virtual generated column's expression changes
-- current
CREATE TABLE t (id int PRIMARY KEY, a int, b int AS (a + 1) VIRTUAL);
-- desired
CREATE TABLE t (id int PRIMARY KEY, a int, b int AS (a + 2) VIRTUAL);

-- case: a column is renamed by hint
-- current
CREATE TABLE t (id int PRIMARY KEY, descr varchar(100));
-- desired
CREATE TABLE t (id int PRIMARY KEY,
    description varchar(100) -- migrate:renamed_from descr
);

-- case: a table is renamed by hint
-- current
CREATE TABLE todo (id int PRIMARY KEY);
-- desired
-- migrate:renamed_from todo
CREATE TABLE task (id int PRIMARY KEY);

-- case: an AUTO_INCREMENT column becomes plain
-- current
CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, n int);
-- desired
CREATE TABLE t (id int NOT NULL PRIMARY KEY, n int);

-- case: a self-referencing foreign key
-- current
-- desired
CREATE TABLE node (id int PRIMARY KEY, parent_id int, CONSTRAINT fk_node_parent FOREIGN KEY (parent_id) REFERENCES node (id) ON DELETE SET NULL);

-- case: a foreign key's ON DELETE changes
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int, CONSTRAINT fk_c_p FOREIGN KEY (parent_id) REFERENCES parent (id));
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int, CONSTRAINT fk_c_p FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);

-- case: a composite primary key and a foreign key to it
-- current
-- desired
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (id int PRIMARY KEY, a int, b int, CONSTRAINT fk_child FOREIGN KEY (a, b) REFERENCES parent (a, b));

-- case: an index becomes unique
-- current
CREATE TABLE t (id int PRIMARY KEY, code varchar(10));
CREATE INDEX ix_code ON t (code);
-- desired
CREATE TABLE t (id int PRIMARY KEY, code varchar(10));
CREATE UNIQUE INDEX ix_code ON t (code);

-- case: a view WITH CHECK OPTION
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW positive AS SELECT id, n FROM t WHERE n > 0 WITH CASCADED CHECK OPTION;

-- case: a view's query changes
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT id, n FROM t;

-- case: a partitioned table
-- current
-- desired
CREATE TABLE log (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (YEAR(at)) (
    PARTITION p2025 VALUES LESS THAN (2026), PARTITION p2026 VALUES LESS THAN (2027));

-- case: a table becomes partitioned, by hash
-- current
CREATE TABLE h (id int PRIMARY KEY, n int);
INSERT INTO h VALUES (1, 1), (2, 2);
-- desired
CREATE TABLE h (id int PRIMARY KEY, n int) PARTITION BY HASH (id) PARTITIONS 4;
INSERT INTO h VALUES (1, 1), (2, 2);

-- case: a partition is added to a range-partitioned table
-- current
CREATE TABLE log (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (YEAR(at)) (
    PARTITION p2025 VALUES LESS THAN (2026));
INSERT INTO log VALUES (1, '2025-05-01');
-- desired
CREATE TABLE log (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (YEAR(at)) (
    PARTITION p2025 VALUES LESS THAN (2026), PARTITION p2026 VALUES LESS THAN (2027) COMMENT 'this year',
    PARTITION pmax VALUES LESS THAN MAXVALUE);
INSERT INTO log VALUES (1, '2025-05-01');

-- case: a partitioned table's primary key grows by the column it is partitioned by
-- current
CREATE TABLE e (id int PRIMARY KEY, at date NOT NULL) PARTITION BY KEY (id) PARTITIONS 2;
-- desired
CREATE TABLE e (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
    PARTITION BY LIST COLUMNS (at) (PARTITION p1 VALUES IN ('2026-01-01'), PARTITION p2 VALUES IN ('2026-01-02'));

-- case: subpartitions and an engine
-- current
-- desired
CREATE TABLE s (id int NOT NULL, c varchar(3) NOT NULL, PRIMARY KEY (id, c)) ENGINE=Aria
    PARTITION BY LIST COLUMNS (c) SUBPARTITION BY HASH (id) SUBPARTITIONS 2
    (PARTITION pa VALUES IN ('a', 'b'), PARTITION pz VALUES IN ('z'));

-- case: an event
-- current
CREATE TABLE t (id int PRIMARY KEY, at datetime);
-- desired
CREATE TABLE t (id int PRIMARY KEY, at datetime);
CREATE EVENT purge_old ON SCHEDULE EVERY 1 DAY DO DELETE FROM t WHERE at < NOW() - INTERVAL 30 DAY;

-- case: an event's schedule, completion, status and comment change
-- current
CREATE TABLE t (id int PRIMARY KEY, at datetime);
CREATE EVENT purge_old ON SCHEDULE EVERY 1 DAY DO DELETE FROM t WHERE at < NOW() - INTERVAL 30 DAY;
-- desired
CREATE TABLE t (id int PRIMARY KEY, at datetime);
CREATE EVENT purge_old ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS '2026-01-01 03:00:00' ENDS '2036-01-01 00:00:00'
    ON COMPLETION PRESERVE DISABLE COMMENT 'nightly, it''s slow'
    DO DELETE FROM t WHERE at < NOW() - INTERVAL 90 DAY;

-- case: a one-time event with a compound body is dropped
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE EVENT once ON SCHEDULE AT '2036-06-01 12:00:00' ON COMPLETION PRESERVE DO BEGIN
    UPDATE t SET n = n + 1;
    DELETE FROM t WHERE n > 10;
END;
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
