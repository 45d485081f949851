-- revision: 100000000001
-- revises:
CREATE TABLE t (id INTEGER);
-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
