-- revision: 900000000001
-- revises: 
-- message: what someone typed into the database's console
-- created: 2026-11-25T09:00:00Z

-- migrate:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(40);
DROP INDEX users_email;

-- migrate:downgrade
