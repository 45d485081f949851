-- revision: 100000000001
-- revises:

CREATE TABLE t (id INTEGER);
