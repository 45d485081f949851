-- revision: 100000000001
-- revises:

-- migrate:upgrade
CREATE TABLE t (id INTEGER);
