-- revision: 100000000002
-- revises: 100000000001
-- message: create items
-- created: 2026-12-06T16:02:00Z

-- migrate:upgrade
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id)
);

-- migrate:downgrade
DROP TABLE items;
