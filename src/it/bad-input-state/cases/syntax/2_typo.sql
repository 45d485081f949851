-- revision: 100000000002
-- revises: 100000000001
-- message: typo
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
CREATE TABLE b (id INTEGER PRIMARY KEY);
CREAT TABLE c (id INTEGER);

-- migrate:downgrade
DROP TABLE b;
