-- revision: r4
-- revises: r3
-- message: priority
-- created: 2026-12-04T00:00:04Z

-- migrate:upgrade
ALTER TABLE todo ADD COLUMN priority INTEGER;

-- migrate:downgrade
ALTER TABLE todo DROP COLUMN priority;
