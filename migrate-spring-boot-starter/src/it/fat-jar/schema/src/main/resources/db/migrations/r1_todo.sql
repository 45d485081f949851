-- revision: r1
-- revises:
-- message: todo
-- created: 2026-12-04T00:00:01Z

-- migrate:upgrade
CREATE TABLE todo (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE todo;
