-- When a contact left the customer (issue 14): health reads "a champion left in the last 180
-- days" at any past date. Contacts marked departed before this keep their last update as the
-- best known time.
ALTER TABLE contacts ADD COLUMN departed_at BIGINT;
UPDATE contacts SET departed_at = updated_at WHERE departed = 1;
