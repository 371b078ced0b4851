-- The touch model (seed 001's pyramid, issue 14): each account's tier is its tier_override, else
-- the first rule it meets, else tech touch; kept in accounts.tier so that lists filter and sort
-- on it. The rules, and the accounts per CSM each tier aims at, are one versioned document.
ALTER TABLE accounts ADD COLUMN tier TEXT NOT NULL DEFAULT 'tech_touch';
UPDATE accounts SET tier = CASE
  WHEN tier_override IS NOT NULL THEN tier_override
  WHEN arr_reporting_minor >= 3000000 THEN 'high_touch'
  WHEN arr_reporting_minor >= 600000 THEN 'low_touch'
  ELSE 'tech_touch' END;
CREATE INDEX accounts_tier_name ON accounts (tier, name_key, id);

CREATE TABLE touch_model (
  id BIGINT PRIMARY KEY,            -- always 1
  version BIGINT NOT NULL,
  rules TEXT NOT NULL,              -- [{tier, min_arr_minor, employee_bands, industries, attribute}]
  capacity TEXT NOT NULL,           -- {tier: accounts per CSM}
  updated_at BIGINT NOT NULL
);
INSERT INTO touch_model (id, version, rules, capacity, updated_at) VALUES (1, 1,
  '[{"tier":"high_touch","min_arr_minor":3000000},{"tier":"low_touch","min_arr_minor":600000}]',
  '{"high_touch":25,"low_touch":150,"tech_touch":2000}', 1767225600000);

-- Every move of an account between tiers, for "who moved this quarter".
CREATE TABLE tier_changes (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  from_tier TEXT NOT NULL,
  to_tier TEXT NOT NULL,
  at BIGINT NOT NULL,
  cause TEXT NOT NULL               -- rules, override, arr
);
CREATE INDEX tier_changes_at ON tier_changes (at, id);
