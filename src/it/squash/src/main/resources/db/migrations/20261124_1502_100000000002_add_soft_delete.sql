-- revision: 100000000002
-- revises: 100000000001
-- message: add soft delete
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;
CREATE INDEX ix_todos_live ON todos (deleted_at);

-- migrate:downgrade
DROP INDEX ix_todos_live;
ALTER TABLE todos DROP COLUMN deleted_at;
