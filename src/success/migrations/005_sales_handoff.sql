-- The sales hand-off (issue 5, seed 001: CS starts with the right customer, chosen with sales):
-- the ideal customer profile as weighted criteria, and each new customer's hand-off notes with
-- the fit score it had when handed off.
CREATE TABLE icp_criteria (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  label TEXT NOT NULL,
  field TEXT NOT NULL,             -- industry, employee_band, country, arr_minor, contacts, custom.<name>
  op TEXT NOT NULL,                -- in, gte, lte
  target TEXT NOT NULL,            -- JSON: a list of strings (in) or a number (gte, lte)
  weight BIGINT NOT NULL,
  position BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO icp_criteria (label, field, op, target, weight, position, created_at, updated_at) VALUES
  ('従業員 50〜999 名', 'employee_band', 'in', '["50-249","250-999"]', 30, 10, 1767225600000, 1767225600000),
  ('注力業種（ソフトウェア・製造・小売・物流）', 'industry', 'in', '["Software","Manufacturing","Retail","Logistics"]', 25, 20, 1767225600000, 1767225600000),
  ('日本国内の企業', 'country', 'in', '["JP"]', 15, 30, 1767225600000, 1767225600000),
  ('年間契約額 60万円以上', 'arr_minor', 'gte', '600000', 20, 40, 1767225600000, 1767225600000),
  ('関係者が 2 名以上', 'contacts', 'gte', '2', 10, 50, 1767225600000, 1767225600000);

CREATE TABLE sales_handoffs (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  account_id BIGINT NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
  why_bought TEXT NOT NULL,
  expected_outcomes TEXT NOT NULL, -- JSON list of strings
  stakeholders TEXT NOT NULL,      -- JSON list of {contact_id, name, role, note}
  sales_owner TEXT NOT NULL,
  handed_off_at BIGINT NOT NULL,
  handed_off_by BIGINT,
  fit_score BIGINT,                -- 0-100 at hand-off; NULL when no criteria were defined
  fit TEXT NOT NULL,               -- JSON: each criterion, its weight and whether it was met
  plan_id BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX sales_handoffs_recent ON sales_handoffs (handed_off_at, id);
