-- revision: 100000000003
-- revises: 100000000002
-- message: m

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
