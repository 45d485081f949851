-- revision: 100000000001
-- revises: 
-- message: create todos
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
CREATE TABLE todos (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    completed BOOLEAN NOT NULL DEFAULT 0
);

-- migrate:downgrade
DROP TABLE todos;
