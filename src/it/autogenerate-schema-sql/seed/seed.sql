-- revision: seed
-- revises: v1
-- message: seed data
-- created: 2026-11-24T15:01:00Z

-- migrate:upgrade
INSERT INTO projects (id, title, legacy_code) VALUES (1, 'Home', 'H'), (2, 'Work', NULL);
INSERT INTO todos (id, project_id, title, priority, description, obsolete_flag)
VALUES (1, 1, 'Buy milk', '3', NULL, 1), (2, 2, 'Write report', '1', 'draft', 0);
INSERT INTO notes (id, body) VALUES (1, 'remember the milk');

-- migrate:downgrade
DELETE FROM notes;
DELETE FROM todos;
DELETE FROM projects;
