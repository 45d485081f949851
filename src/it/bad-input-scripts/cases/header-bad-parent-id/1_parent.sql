-- revision: 100000000001
-- revises: 100000000000, bad/id

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
