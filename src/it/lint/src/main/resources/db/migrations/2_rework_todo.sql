-- revision: 100000000002
-- revises: 100000000001
-- message: rework todo
-- created: 2026-12-04T10:05:00Z

-- migrate:upgrade
-- migrate:lint-ignore drop-column no release has read or written legacy since 1.4
ALTER TABLE todo DROP COLUMN legacy;
ALTER TABLE todo ADD COLUMN done INTEGER NOT NULL;
ALTER TABLE todo RENAME COLUMN title TO name;

-- migrate:downgrade
ALTER TABLE todo RENAME COLUMN name TO title;
ALTER TABLE todo DROP COLUMN done;
ALTER TABLE todo ADD COLUMN legacy TEXT;
