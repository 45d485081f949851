-- revision: 100000000002
-- revises: 100000000001
-- message: create b
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
CREATE TABLE b (id INTEGER PRIMARY KEY);
INSERT INTO b (id) VALUES (1);

-- migrate:downgrade
DROP TABLE b;
