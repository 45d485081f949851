-- revision: 300000000002
-- revises: 300000000001
-- message: create notes
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200));

-- migrate:downgrade
DROP TABLE notes;
