-- Why an account's touch model was set by hand (issue 13), shown beside the override.
ALTER TABLE accounts ADD COLUMN tier_override_reason TEXT;
