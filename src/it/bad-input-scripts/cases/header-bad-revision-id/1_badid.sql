-- revision: not valid!
-- revises:

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
