-- revision: 100000000001
-- revises: 
-- message: create orders
-- created: 2026-12-06T16:01:00Z

-- migrate:upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    total INTEGER NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;
