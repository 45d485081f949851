-- revision: 100000000001
-- revises:
-- message: create todo

-- migrate:upgrade
CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE todo;
