-- revision: 100000000003
-- revises: 100000000001
-- message: right

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
