-- revision: 200000000004
-- revises: 200000000002, 200000000003
-- message: join "mail" & phones
-- created: 2026-11-24T15:04:00Z

-- migrate:upgrade

-- migrate:downgrade
