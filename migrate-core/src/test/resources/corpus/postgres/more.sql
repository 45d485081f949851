-- More of PostgreSQL: data types, multi-table changes and what real applications write
-- (https://www.postgresql.org/docs/current/datatype.html)

-- case: date and time types
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY, d date, t time, tz timetz, ts timestamp(3), tstz timestamptz, i interval);

-- case: character types
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY, c char(3), vc varchar, vc10 varchar(10), tx text, "char" "char");

-- case: numeric types
-- current
-- desired
CREATE TABLE t (id smallint PRIMARY KEY, i integer, b bigint, r real, d double precision, n numeric, m money);

-- case: network and bit types
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY, ip inet, net cidr, mac macaddr, flags bit(8), vflags bit varying(16));

-- case: geometric, range and text search types
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY, p point, b box, r int4range, dr daterange, doc tsvector);

-- case: xml, bytea and uuid
-- current
-- desired
CREATE TABLE t (id uuid PRIMARY KEY, body xml, data bytea);

-- case: a two-dimensional array
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY, grid integer[][]);

-- case: a column's collation
-- current
CREATE TABLE t (id integer PRIMARY KEY, name text);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE "C");

-- case: a new column with a collation, an indexed column changes its collation
-- current
CREATE TABLE t (id integer PRIMARY KEY, code varchar(20) COLLATE "C");
CREATE INDEX ix_t_code ON t (code);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, code varchar(20) COLLATE "POSIX", label text COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX ix_t_code ON t (code);

-- case: jsonb becomes json
-- current
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, doc json);

-- case: varchar becomes text under an index
-- current
CREATE TABLE t (id integer PRIMARY KEY, name varchar(40));
CREATE INDEX ix_t_name ON t (name);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX ix_t_name ON t (name);

-- case: a column used by a check changes type
-- current
CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty > 0));
-- desired
CREATE TABLE t (id integer PRIMARY KEY, qty bigint CHECK (qty > 0));

-- case: a new table between two existing ones
-- current
CREATE TABLE author (id integer PRIMARY KEY);
CREATE TABLE book (id integer PRIMARY KEY);
-- desired
CREATE TABLE author (id integer PRIMARY KEY);
CREATE TABLE book (id integer PRIMARY KEY);
CREATE TABLE book_author (book_id integer REFERENCES book (id) ON DELETE CASCADE,
    author_id integer REFERENCES author (id) ON DELETE CASCADE, PRIMARY KEY (book_id, author_id));

-- case: a parent and its children dropped together
-- current
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
CREATE TABLE grandchild (id integer PRIMARY KEY, child_id integer REFERENCES child (id));
-- desired

-- case: a table and its view dropped together
-- current
CREATE TABLE t (id integer PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- desired

-- case: a foreign key moves to another column
-- current
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, a integer REFERENCES parent (id), b integer);
-- desired
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, a integer, b integer REFERENCES parent (id));

-- case: the primary key becomes composite
-- current
CREATE TABLE t (a integer NOT NULL PRIMARY KEY, b integer NOT NULL);
-- desired
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL, PRIMARY KEY (a, b));

-- case: a primary key referenced by a foreign key changes its name
-- current
CREATE TABLE parent (id integer CONSTRAINT parent_pk PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
-- desired
CREATE TABLE parent (id integer CONSTRAINT pk_parent PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
-- gap: a primary key's name alone is not compared

-- case: a unique constraint becomes a unique index
-- current
CREATE TABLE t (id integer PRIMARY KEY, code text CONSTRAINT t_code_key UNIQUE);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, code text);
CREATE UNIQUE INDEX ux_t_code ON t (code);

-- case: Spring Boot's JPA with Hibernate 6 on PostgreSQL
-- current
-- desired
create sequence todo_seq start with 1 increment by 50;
create table todo (completed boolean not null, created_at timestamp(6) with time zone, id bigint not null, title varchar(200) not null, description varchar(255), primary key (id));
create index idx_todo_title on todo (title);

-- case: JHipster's user and authority tables
-- current
-- desired
CREATE SEQUENCE sequence_generator START WITH 1050 INCREMENT BY 50;
CREATE TABLE jhi_user (id bigint NOT NULL, login varchar(50) NOT NULL, password_hash varchar(60) NOT NULL,
    email varchar(191), activated boolean NOT NULL, created_date timestamp, CONSTRAINT pk_jhi_user PRIMARY KEY (id),
    CONSTRAINT ux_user_login UNIQUE (login), CONSTRAINT ux_user_email UNIQUE (email));
CREATE TABLE jhi_authority (name varchar(50) NOT NULL, CONSTRAINT pk_jhi_authority PRIMARY KEY (name));
CREATE TABLE jhi_user_authority (user_id bigint NOT NULL, authority_name varchar(50) NOT NULL,
    PRIMARY KEY (user_id, authority_name),
    CONSTRAINT fk_authority_name FOREIGN KEY (authority_name) REFERENCES jhi_authority (name),
    CONSTRAINT fk_user_id FOREIGN KEY (user_id) REFERENCES jhi_user (id));

-- case: a soft-delete column and a partial unique index
-- current
CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
-- desired
CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
CREATE UNIQUE INDEX ux_account_email_live ON account (email) WHERE deleted_at IS NULL;

-- case: an audit trigger with its function and table
-- current
CREATE TABLE item (id integer PRIMARY KEY, price numeric);
-- desired
CREATE TABLE item (id integer PRIMARY KEY, price numeric);
CREATE TABLE item_audit (item_id integer, old_price numeric, changed_at timestamptz DEFAULT now());
CREATE FUNCTION audit_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_audit (item_id, old_price) VALUES (OLD.id, OLD.price);
    RETURN NEW;
END
$$;
CREATE TRIGGER item_price_audit AFTER UPDATE OF price ON item FOR EACH ROW EXECUTE FUNCTION audit_price();

-- case: a statement-level trigger with a transition table
-- current
-- desired
CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION count_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER t_count AFTER INSERT ON t REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_rows();

-- case: a domain over an enum
-- current
-- desired
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN warm_color AS color CHECK (VALUE <> 'blue');
CREATE TABLE paint (id integer PRIMARY KEY, c warm_color);

-- case: a sequence used by two tables' defaults
-- current
-- desired
CREATE SEQUENCE shared_id;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('shared_id'));
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('shared_id'));

-- case: a sequence in a cycle
-- current
CREATE SEQUENCE ring MAXVALUE 10;
-- desired
CREATE SEQUENCE ring MAXVALUE 10 CYCLE;
