-- revision: 100000000001
-- revises: 
-- message: create a
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
CREATE TABLE a (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE a;
