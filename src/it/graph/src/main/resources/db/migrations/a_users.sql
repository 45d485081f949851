-- revision: 200000000001
-- revises: 
-- message: create users
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE users;
