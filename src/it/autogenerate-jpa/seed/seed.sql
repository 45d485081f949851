-- revision: seed
-- revises: v1
-- message: seed data
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
INSERT INTO todos (id, title, description, completed, created_at)
VALUES (1, 'Buy milk', 'two litres', FALSE, '2026-11-24 10:00:00'), (2, 'Write report', NULL, TRUE, '2026-11-24 11:00:00');

-- migrate:downgrade
DELETE FROM todos;
