CREATE TABLE contracts (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  -- No cascade: an account with contracts cannot be deleted (409), so revenue history is kept.
  account_id BIGINT NOT NULL REFERENCES accounts(id),
  external_id TEXT UNIQUE,
  product TEXT NOT NULL,
  start_date {{sort_key}} NOT NULL,
  end_date {{sort_key}},                   -- inclusive; NULL = evergreen
  amount_minor BIGINT NOT NULL,    -- per billing period
  currency TEXT NOT NULL,
  billing_period TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX contracts_account ON contracts (account_id, start_date, id);
CREATE INDEX contracts_start ON contracts (start_date, id);

-- Derived from contracts: rewritten per account in the transaction of every contract change.
CREATE TABLE revenue_movements (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  occurred_at BIGINT NOT NULL,     -- the movement's date at 00:00 UTC, epoch ms
  kind TEXT NOT NULL,
  mrr_delta_minor BIGINT NOT NULL,
  arr_delta_minor BIGINT NOT NULL,
  currency TEXT NOT NULL
);
CREATE INDEX revenue_movements_account ON revenue_movements (account_id, occurred_at, id);
CREATE INDEX revenue_movements_date ON revenue_movements (occurred_at, id);
CREATE INDEX revenue_movements_contract ON revenue_movements (contract_id);
