-- revision: 100000000001
-- message: one
-- message: two

-- migrate:upgrade
SELECT 1;
-- migrate:downgrade
