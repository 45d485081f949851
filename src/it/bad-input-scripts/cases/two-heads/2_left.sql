-- revision: 100000000002
-- revises: 100000000001
-- message: left

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
