-- revision: 2f02b95b4534
-- revises: 0a6b6f6d97a9
-- message: add deleted_at to todos
-- created: 2026-11-26T03:42:15Z

-- migrate:upgrade
-- alter table todos:
--   add column deleted_at TIMESTAMP
--   add INDEX ix_todos_deleted_at (deleted_at)
ALTER TABLE todos ADD COLUMN deleted_at TIMESTAMP;
CREATE INDEX ix_todos_deleted_at ON todos (deleted_at);

-- migrate:downgrade
-- alter table todos:
--   drop column deleted_at
--   drop index ix_todos_deleted_at
-- WARNING: todos: drops column deleted_at and its data
DROP INDEX ix_todos_deleted_at;
ALTER TABLE todos DROP COLUMN deleted_at;
