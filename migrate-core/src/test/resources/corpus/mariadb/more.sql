-- More of MariaDB: multi-table changes and what real applications write

-- case: a join table between two existing tables
-- current
CREATE TABLE author (id int PRIMARY KEY);
CREATE TABLE book (id int PRIMARY KEY);
-- desired
CREATE TABLE author (id int PRIMARY KEY);
CREATE TABLE book (id int PRIMARY KEY);
CREATE TABLE book_author (book_id int, author_id int, PRIMARY KEY (book_id, author_id),
    CONSTRAINT fk_ba_book FOREIGN KEY (book_id) REFERENCES book (id) ON DELETE CASCADE,
    CONSTRAINT fk_ba_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE);

-- case: a parent and its children dropped together
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int, CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id));
CREATE TABLE grandchild (id int PRIMARY KEY, child_id int, CONSTRAINT fk_gc_child FOREIGN KEY (child_id) REFERENCES child (id));
-- desired

-- case: a cycle of three tables is dropped
-- current
CREATE TABLE a (id int PRIMARY KEY, c_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id));
CREATE TABLE c (id int PRIMARY KEY, b_id int, CONSTRAINT fk_c_b FOREIGN KEY (b_id) REFERENCES b (id));
ALTER TABLE a ADD CONSTRAINT fk_a_c FOREIGN KEY (c_id) REFERENCES c (id);
-- desired

-- case: a foreign key moves to another column
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, a int, b int, CONSTRAINT fk_child_a FOREIGN KEY (a) REFERENCES parent (id));
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, a int, b int, CONSTRAINT fk_child_b FOREIGN KEY (b) REFERENCES parent (id));

-- case: the primary key becomes composite
-- current
CREATE TABLE t (a int NOT NULL PRIMARY KEY, b int NOT NULL);
-- desired
CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));

-- case: a primary key on an AUTO_INCREMENT column that a foreign key references
-- current
-- desired
CREATE TABLE parent (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY);
CREATE TABLE child (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, parent_id bigint,
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id));

-- case: Spring Boot's JPA with Hibernate 6 on MariaDB
-- current
-- desired
create sequence todo_seq start with 1 increment by 50;
create table todo (completed bit not null, created_at datetime(6), id bigint not null, title varchar(200) not null, description varchar(255), primary key (id)) engine=InnoDB;
create index idx_todo_title on todo (title);

-- case: JHipster's user and authority tables
-- current
-- desired
CREATE SEQUENCE sequence_generator START WITH 1050 INCREMENT BY 50;
CREATE TABLE jhi_user (id bigint NOT NULL, login varchar(50) NOT NULL, password_hash varchar(60) NOT NULL,
    email varchar(191), activated boolean NOT NULL, created_date timestamp NULL, PRIMARY KEY (id),
    CONSTRAINT ux_user_login UNIQUE (login), CONSTRAINT ux_user_email UNIQUE (email));
CREATE TABLE jhi_authority (name varchar(50) NOT NULL, PRIMARY KEY (name));
CREATE TABLE jhi_user_authority (user_id bigint NOT NULL, authority_name varchar(50) NOT NULL,
    PRIMARY KEY (user_id, authority_name),
    CONSTRAINT fk_authority_name FOREIGN KEY (authority_name) REFERENCES jhi_authority (name),
    CONSTRAINT fk_user_id FOREIGN KEY (user_id) REFERENCES jhi_user (id));

-- case: a soft-delete column and an index on it
-- current
CREATE TABLE account (id bigint PRIMARY KEY, email varchar(100) NOT NULL);
-- desired
CREATE TABLE account (id bigint PRIMARY KEY, email varchar(100) NOT NULL, deleted_at datetime(6));
CREATE INDEX ix_account_deleted ON account (deleted_at);

-- case: a trigger that follows another
-- current
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE TRIGGER t_a BEFORE UPDATE ON t FOR EACH ROW SET NEW.a = NEW.a + 1;
CREATE TRIGGER t_b BEFORE UPDATE ON t FOR EACH ROW FOLLOWS t_a SET NEW.b = NEW.b + 1;

-- case: a view on a view
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v1 AS SELECT id, n FROM t;
CREATE VIEW v2 AS SELECT n FROM v1;

-- case: a table and its view dropped together
-- current
CREATE TABLE t (id int PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- desired

-- case: a sequence used by a default, both new with the table
-- current
-- desired
CREATE SEQUENCE ticket_no START WITH 100;
CREATE TABLE ticket (no bigint NOT NULL DEFAULT nextval(ticket_no) PRIMARY KEY, title varchar(100));

-- case: a sequence's cache goes
-- current
CREATE SEQUENCE s CACHE 100;
-- desired
CREATE SEQUENCE s NOCACHE;

-- case: a system-versioned table
-- current
-- desired
CREATE TABLE price (id int PRIMARY KEY, amount decimal(10,2)) WITH SYSTEM VERSIONING;
-- gap: system versioning is not in the model

-- case: a unique key over a prefix
-- current
CREATE TABLE t (id int PRIMARY KEY, url varchar(500));
-- desired
CREATE TABLE t (id int PRIMARY KEY, url varchar(500), CONSTRAINT ux_url UNIQUE (url(100)));

-- case: a spatial index
-- current
-- desired
CREATE TABLE place (id int PRIMARY KEY, pos point NOT NULL, SPATIAL INDEX ix_pos (pos));

-- case: a check over two columns
-- current
CREATE TABLE period (id int PRIMARY KEY, starts date, ends date);
-- desired
CREATE TABLE period (id int PRIMARY KEY, starts date, ends date, CONSTRAINT ends_after CHECK (ends > starts));

-- case: a quoted table and column names
-- current
-- desired
CREATE TABLE `order` (id int PRIMARY KEY, `select` int, `Mixed Case` varchar(10));

-- case: a column moves to the first position
-- current
CREATE TABLE t (a int, id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, a int);
-- gap: a column's position alone is not a difference migrate acts on

-- case: a sequence with a negative increment
-- current
-- desired
CREATE SEQUENCE down INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 START WITH -1;

-- case: a sequence goes while a table stays
-- current
CREATE SEQUENCE s;
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY);

-- case: a table becomes MyISAM
-- current
CREATE TABLE t (id int PRIMARY KEY, body text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, body text) ENGINE=MyISAM;
