-- revision: 100000000003
-- revises: 100000000002
-- message: add tags
-- created: 2026-11-24T15:03:00Z

-- migrate:upgrade
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    todo_id INTEGER NOT NULL REFERENCES todos (id),
    name VARCHAR(40) NOT NULL
);

-- migrate:downgrade
DROP TABLE tags;
