-- revision: 100000000002
-- revises: 100000000001
-- message: m
-- depends-on: 999999999999
-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
