-- Success plans (issue 5): one row per plan; its objectives, KPIs and milestones are one JSON
-- document, versioned with the plan (a stale version is a 409).
CREATE TABLE success_plans (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  definition TEXT NOT NULL,
  status TEXT NOT NULL,
  starts_on {{sort_key}} NOT NULL,
  ends_on {{sort_key}},
  template_key TEXT,
  csm_user_id BIGINT,
  customer_contact_id BIGINT,
  objectives TEXT NOT NULL,
  next_item BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX success_plans_account ON success_plans (account_id, id);
CREATE INDEX success_plans_status ON success_plans (status, id);
-- Every saved version's changes, as a list of {"path", "from", "to"}, newest last.
CREATE TABLE success_plan_changes (
  id {{primary_key}},
  plan_id BIGINT NOT NULL REFERENCES success_plans(id) ON DELETE CASCADE,
  version BIGINT NOT NULL,
  changed_at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  user_id BIGINT,
  changes TEXT NOT NULL
);
CREATE INDEX success_plan_changes_plan ON success_plan_changes (plan_id, id);
