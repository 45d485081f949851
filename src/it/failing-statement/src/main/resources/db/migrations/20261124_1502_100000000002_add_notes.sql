-- revision: 100000000002
-- revises: 100000000001
-- message: add notes
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
CREATE TABLE notes (id INTEGER PRIMARY KEY);
INSERT INTO notes (id) VALUES (1);
INSERT INTO notes (id) VALUES (2);
INSERT INTO no_such_table (id) VALUES (1);
INSERT INTO notes (id) VALUES (3);

-- migrate:downgrade
DROP TABLE notes;
