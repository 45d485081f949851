-- revises:
-- message: who am I

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
