-- What real applications write on SQLite: Django, Rails, Hibernate

-- case: Django's auth tables
-- current
-- desired
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL,
    "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id");
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");
-- gap: NOT NULL on an INTEGER PRIMARY KEY (the rowid, never NULL anyway) is not kept

-- case: Rails' schema_migrations and a model table
-- current
-- desired
CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar, "created_at" datetime(6) NOT NULL,
    "updated_at" datetime(6) NOT NULL);
-- gap: NOT NULL on an INTEGER PRIMARY KEY (the rowid, never NULL anyway) is not kept

-- case: a Rails reference column and its index
-- current
CREATE TABLE "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar);
-- desired
CREATE TABLE "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar);
CREATE TABLE "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "post_id" integer NOT NULL,
    "body" text, CONSTRAINT "fk_rails_2fd19c0db7" FOREIGN KEY ("post_id") REFERENCES "posts" ("id"));
CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id");
-- gap: NOT NULL on an INTEGER PRIMARY KEY (the rowid, never NULL anyway) is not kept

-- case: Hibernate's SQLite DDL for an entity with an identity key
-- current
-- desired
create table todo (completed boolean not null, created_at timestamp, id integer, title varchar(200) not null, description varchar(255), primary key (id));
create index idx_todo_title on todo (title);

-- case: a column becomes NOT NULL without a default on an empty table
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- case: two tables change in one go
-- current
CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);
CREATE TABLE b (id INTEGER PRIMARY KEY, y TEXT);
-- desired
CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT NOT NULL DEFAULT '');
CREATE TABLE b (id INTEGER PRIMARY KEY, y TEXT, z INTEGER);

-- case: a parent rebuilt under its child's foreign key
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));

-- case: a parent and its children dropped together
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
-- desired

-- case: a table and its view and trigger dropped together
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v AS SELECT id FROM t;
CREATE TRIGGER t_del AFTER DELETE ON t BEGIN SELECT 1; END;
-- desired

-- case: an index on a table that is rebuilt
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX ix_a ON t (a);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '', b TEXT);
CREATE INDEX ix_a ON t (a);

-- case: a WITHOUT ROWID table with a composite key
-- current
-- desired
CREATE TABLE edge (src INTEGER NOT NULL, dst INTEGER NOT NULL, weight REAL, PRIMARY KEY (src, dst)) WITHOUT ROWID;

-- case: STRICT and WITHOUT ROWID together
-- current
-- desired
CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID;

-- case: a column with a CHECK and a DEFAULT in one
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')));

-- case: a unique index on an expression
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
CREATE UNIQUE INDEX ux_email ON t (lower(email));

-- case: a column with a conflict clause
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE);
-- gap: ON CONFLICT clauses are not in the model

-- case: Django's deferred foreign keys on a table with a plain integer key
-- current
CREATE TABLE "auth_group" ("id" integer PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_group_permissions" ("id" integer PRIMARY KEY AUTOINCREMENT,
    "group_id" integer NOT NULL REFERENCES "auth_group" ("id"));
-- desired
CREATE TABLE "auth_group" ("id" integer PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_group_permissions" ("id" integer PRIMARY KEY AUTOINCREMENT,
    "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);

-- case: a table-level deferrable foreign key is created
-- current
-- desired
CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (id integer PRIMARY KEY, a integer, b integer,
    CONSTRAINT fk_parent FOREIGN KEY (a, b) REFERENCES parent (a, b) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
