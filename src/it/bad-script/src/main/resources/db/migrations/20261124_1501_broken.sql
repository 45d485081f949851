-- revision: 300000000001
-- revisons: 100000000001
-- message: typo

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
