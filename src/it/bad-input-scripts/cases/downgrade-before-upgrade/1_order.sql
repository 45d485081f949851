-- revision: 100000000001
-- revises:

-- migrate:downgrade
DROP TABLE t;
-- migrate:upgrade
CREATE TABLE t (id INTEGER);
