-- revision: k1
-- revises:
-- message: report
-- created: 2026-12-04T00:00:01Z

-- migrate:upgrade
CREATE TABLE report (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE report;
