-- revision: 100000000001
-- revises:
-- transactional: maybe

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
