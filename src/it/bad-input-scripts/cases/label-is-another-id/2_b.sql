-- revision: 100000000002
-- revises: 100000000001
-- message: m
-- branch-labels: 100000000001
-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
