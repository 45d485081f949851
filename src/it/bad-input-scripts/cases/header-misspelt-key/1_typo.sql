-- revision: 100000000001
-- revisons: 100000000000
-- message: typo

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
