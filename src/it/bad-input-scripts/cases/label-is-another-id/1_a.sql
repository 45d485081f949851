-- revision: 100000000001
-- revises: 
-- message: m
-- branch-labels: core
-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
