-- revision: head
-- revises: 
-- message: m
-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
