-- revision: 300000000001
-- revises: 
-- message: create users
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE INDEX users_email ON users (email);

-- migrate:downgrade
DROP TABLE users;
