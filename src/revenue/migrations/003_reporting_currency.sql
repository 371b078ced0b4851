-- Money in one reporting currency (issue 13): the company's revenue settings (one row) and
-- monthly exchange rates into the reporting currency.
CREATE TABLE revenue_settings (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  reporting_currency TEXT NOT NULL,
  churn_grace_days BIGINT NOT NULL,
  movements_as_of TEXT,            -- the day revenue movements were last brought up to date
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO revenue_settings (id, reporting_currency, churn_grace_days, created_at, updated_at)
  VALUES (1, 'JPY', 30, 1767225600000, 1767225600000);

CREATE TABLE fx_rates (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  month {{sort_key}} NOT NULL,     -- YYYY-MM
  currency TEXT NOT NULL,
  quote TEXT NOT NULL,             -- the reporting currency the rate converts into
  rate TEXT NOT NULL,              -- units of quote per unit of currency, as the decimal given
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (quote, currency, month)
);
