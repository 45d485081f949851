-- revision: 0a6b6f6d97a9
-- revises:
-- message: create todos
-- created: 2026-11-26T03:42:08Z

-- migrate:upgrade
-- create table todos
CREATE TABLE todos (
    id INTEGER NOT NULL PRIMARY KEY,
    completed BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    description VARCHAR(2000),
    title VARCHAR(200) NOT NULL
);

-- migrate:downgrade
-- drop table todos
-- WARNING: drops table todos and every row in it (undoing this recreates it empty)
DROP TABLE todos;
