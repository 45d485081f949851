-- revision: 100000000003
-- revises: 100000000002
-- message: create c
-- created: 2026-11-24T15:03:00Z

-- migrate:upgrade
CREATE TABLE c (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE c;
