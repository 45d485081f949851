-- Sequences: MariaDB's CREATE SEQUENCE and ALTER SEQUENCE (https://mariadb.com/kb/en/create-sequence/)

-- case: a sequence is created
-- current
CREATE TABLE t (id bigint PRIMARY KEY);
-- desired
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE SEQUENCE t_seq START WITH 1 INCREMENT BY 50;

-- case: a sequence is dropped
-- current
CREATE SEQUENCE t_seq;
-- desired

-- case: Hibernate's shared generator sequence
-- current
-- desired
CREATE SEQUENCE sequence_generator START WITH 1050 INCREMENT BY 50;
CREATE TABLE jhi_user (id bigint NOT NULL PRIMARY KEY, login varchar(50) NOT NULL UNIQUE);

-- case: the increment changes
-- current
CREATE SEQUENCE s INCREMENT BY 1;
-- desired
CREATE SEQUENCE s INCREMENT BY 50;

-- case: a descending sequence
-- current
-- desired
CREATE SEQUENCE countdown INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 START WITH -1;

-- case: minimum, maximum, cache and cycle change
-- current
CREATE SEQUENCE s START WITH 10;
-- desired
CREATE SEQUENCE s MINVALUE 10 MAXVALUE 999 START WITH 10 CACHE 20 CYCLE;

-- case: no cache
-- current
CREATE SEQUENCE s;
-- desired
CREATE SEQUENCE s NOCACHE;

-- case: a column default takes its values from a new sequence
-- current
CREATE TABLE invoice (no bigint PRIMARY KEY);
-- desired
CREATE SEQUENCE invoice_no START WITH 1000;
CREATE TABLE invoice (no bigint PRIMARY KEY DEFAULT nextval(invoice_no));

-- case: the default goes, and its sequence
-- current
CREATE SEQUENCE invoice_no START WITH 1000;
CREATE TABLE invoice (no bigint PRIMARY KEY DEFAULT nextval(invoice_no));
-- desired
CREATE TABLE invoice (no bigint PRIMARY KEY);

-- case: one entity sequence per table, as Hibernate 6 makes them
-- current
-- desired
CREATE SEQUENCE author_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE book_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE author (id bigint NOT NULL, name varchar(255), PRIMARY KEY (id)) ENGINE=InnoDB;
CREATE TABLE book (id bigint NOT NULL, author_id bigint, title varchar(255), PRIMARY KEY (id)) ENGINE=InnoDB;
ALTER TABLE book ADD CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id);
