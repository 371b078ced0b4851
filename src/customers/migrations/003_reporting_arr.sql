-- ARR in the reporting currency (issue 13), kept by the revenue module beside arr_minor: lists
-- sort by it and criteria compare it. -1 when the account's currency has no exchange rate yet,
-- so that such accounts sort below every known amount; the API answers null for them.
ALTER TABLE accounts ADD COLUMN arr_reporting_minor BIGINT NOT NULL DEFAULT 0;  -- a new account: no ARR
DROP INDEX accounts_arr;
CREATE INDEX accounts_arr_reporting ON accounts (arr_reporting_minor, id);
