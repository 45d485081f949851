-- revision: 100000000001
-- revises:

-- migrate:upgrade
CREATE TABLE t (id INTEGER);
-- migrate:upgrade
CREATE TABLE u (id INTEGER);
-- migrate:downgrade
DROP TABLE t;
