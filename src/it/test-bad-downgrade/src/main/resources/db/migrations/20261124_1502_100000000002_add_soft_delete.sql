-- revision: 100000000002
-- revises: 100000000001
-- message: add soft delete
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;
CREATE INDEX ix_todos_live ON todos (deleted_at);

-- migrate:downgrade
ALTER TABLE todos RENAME TO todos_old;
CREATE TABLE todos (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, completed BOOLEAN NOT NULL DEFAULT 0);
INSERT INTO todos SELECT id, title, completed FROM todos_old;
