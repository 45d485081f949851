-- revision: 200000000003
-- revises: 200000000001
-- message: add phones
-- created: 2026-11-24T15:03:00Z

-- migrate:upgrade
CREATE TABLE phones (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE phones;
