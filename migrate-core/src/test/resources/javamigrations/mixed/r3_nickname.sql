-- revision: r3
-- revises: r2
-- message: nickname
-- created: 2026-12-04T00:00:03Z

-- migrate:upgrade
CREATE TABLE nickname (person_id INTEGER NOT NULL, nickname VARCHAR(40) NOT NULL);

-- migrate:downgrade
DROP TABLE nickname;
