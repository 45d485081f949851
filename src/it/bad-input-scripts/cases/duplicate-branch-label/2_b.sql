-- revision: 100000000002
-- revises: 100000000001
-- message: m
-- branch-labels: billing
-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
