-- Paheko 1.3.12 migration
ALTER TABLE users ADD COLUMN otp_recovery_codes TEXT NULL;
