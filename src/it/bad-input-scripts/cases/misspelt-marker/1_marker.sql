-- revision: 100000000001
-- revises:

-- migrate:upgarde
CREATE TABLE t (id INTEGER);
-- migrate:downgrade
DROP TABLE t;
