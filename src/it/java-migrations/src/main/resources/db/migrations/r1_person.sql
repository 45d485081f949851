-- revision: r1
-- revises:
-- message: person
-- created: 2026-12-04T00:00:01Z

-- migrate:upgrade
CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, display_name VARCHAR(40));
INSERT INTO person (id, name) VALUES (1, 'ada');
INSERT INTO person (id, name) VALUES (2, 'grace');

-- migrate:downgrade
DROP TABLE person;
