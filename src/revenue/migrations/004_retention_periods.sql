-- Revenue retention (issue 14): closed months, the rates each was converted at, and the log of
-- changes that back-dated contracts made to a closed month's figures.

-- A month is closed once the clock passes its end plus the churn grace days (by then every
-- movement dated in it is certain); every month up to the newest row is closed. `figures` is
-- the month's reference figures at closing, per currency in that currency's minor units (JSON),
-- kept up to date by each restatement.
CREATE TABLE revenue_closed_months (
  id {{primary_key}},
  month {{sort_key}} NOT NULL UNIQUE,  -- YYYY-MM
  closed_at BIGINT NOT NULL,
  figures TEXT NOT NULL DEFAULT '{}'
);

-- The rate a closed month was converted at, frozen: a later edit of fx_rates does not change it.
CREATE TABLE revenue_closed_rates (
  id {{primary_key}},
  month {{sort_key}} NOT NULL,
  currency TEXT NOT NULL,
  quote TEXT NOT NULL,             -- the reporting currency then
  rate TEXT NOT NULL,              -- as in fx_rates: units of quote per unit of currency
  rate_month TEXT NOT NULL,        -- the fx_rates month it came from (that month or before)
  UNIQUE (month, currency, quote)
);

CREATE TABLE revenue_restatements (
  id {{primary_key}},
  month {{sort_key}} NOT NULL,
  metric TEXT NOT NULL,
  old_value DOUBLE PRECISION,      -- in the reporting currency's minor units, a count or a ratio
  new_value DOUBLE PRECISION,
  quote TEXT NOT NULL,             -- the reporting currency of money values
  actor_id BIGINT,                 -- the staff user, NULL for the system
  actor_label TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX revenue_restatements_created ON revenue_restatements (created_at, id);
