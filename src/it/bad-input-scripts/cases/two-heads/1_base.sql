-- revision: 100000000001
-- revises: 
-- message: base

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
