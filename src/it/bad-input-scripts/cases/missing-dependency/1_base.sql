-- revision: 100000000001
-- revises: 
-- message: m

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
