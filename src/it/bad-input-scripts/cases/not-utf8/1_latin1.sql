-- revision: 100000000001
-- revises:
-- message: café crème

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
