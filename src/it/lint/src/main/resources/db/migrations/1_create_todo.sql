-- revision: 100000000001
-- revises:
-- message: create todo
-- created: 2026-12-04T10:00:00Z

-- migrate:upgrade
CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT, legacy TEXT);

-- migrate:downgrade
DROP TABLE todo;
