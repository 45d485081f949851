-- revision: 200000000002
-- revises: 200000000001
-- branch-labels: mail
-- message: add emails
-- created: 2026-11-24T15:02:00Z

-- migrate:upgrade
CREATE TABLE emails (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE emails;
